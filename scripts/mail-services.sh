#!/usr/bin/env bash
# Real mail servers on loopback for the end-to-end tests (docs/mail.md, SERVICES.md):
# Dovecot (IMAP, LMTP, SASL) with its own configuration in a scratch folder, and the system's
# Postfix delivering EVERY domain to that Dovecot (nothing can leave the machine), SMTP AUTH
# checked by Dovecot, STARTTLS with a self-signed certificate.
#
#   scripts/mail-services.sh start RUN     prints KEY=VALUE lines: the ports, users, CA file
#   scripts/mail-services.sh stop RUN      stops both and restores Postfix's main.cf
#
# Needs root and the Debian packages postfix, dovecot-imapd, dovecot-lmtpd. Mailboxes:
# candidate@example.org, claire.martin@example.org, julien.moreau@example.org (password
# "secret"); any other address is unknown, so mail to it bounces with a real DSN.
set -euo pipefail
action=${1:?usage: mail-services.sh start|stop RUN}
RUN=${2:?usage: mail-services.sh start|stop RUN}
IMAP_PORT=${MAIL_IMAP_PORT:-10143}
LMTP_PORT=${MAIL_LMTP_PORT:-10024}
AUTH_PORT=${MAIL_AUTH_PORT:-12345}
SMTP_PORT=25
CONF=$RUN/dovecot/dovecot.conf

wait_port() {  # host port seconds
  for _ in $(seq 1 $(( $3 * 10 ))); do
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "mail-services: nothing listens on $1:$2 after $3 s" >&2
  return 1
}

stop() {
  if [ -f "$CONF" ]; then doveadm -c "$CONF" stop >/dev/null 2>&1 || true; fi
  postfix stop >/dev/null 2>&1 || true
  if [ -f "$RUN/main.cf.orig" ]; then cp "$RUN/main.cf.orig" /etc/postfix/main.cf; fi
}

start() {
  for tool in postfix dovecot doveadm postconf openssl; do
    command -v "$tool" >/dev/null || { echo "mail-services: $tool is not installed" >&2; exit 3; }
  done
  [ "$(id -u)" = 0 ] || { echo "mail-services: must run as root" >&2; exit 3; }
  mkdir -p "$RUN/dovecot/run/state" "$RUN/dovecot/mail"
  chmod 755 "$RUN" "$RUN/dovecot"
  chown -R nobody:nogroup "$RUN/dovecot/mail"
  for user in candidate claire.martin julien.moreau; do
    echo "$user@example.org:{PLAIN}secret::::::"
  done > "$RUN/dovecot/users"
  cat > "$CONF" <<EOF
protocols = imap lmtp
listen = 127.0.0.1
base_dir = $RUN/dovecot/run
state_dir = $RUN/dovecot/run/state
instance_name = lastimpression-test
log_path = $RUN/dovecot/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$RUN/dovecot/mail/%u
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 65534
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $RUN/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $RUN/dovecot/users
  default_fields = uid=nobody gid=nogroup home=$RUN/dovecot/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
service auth {
  inet_listener {
    address = 127.0.0.1
    port = $AUTH_PORT
  }
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
}
EOF
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$RUN/key.pem" -out "$RUN/cert.pem" >/dev/null 2>&1
  chmod 644 "$RUN/cert.pem"
  [ -f "$RUN/main.cf.orig" ] || cp /etc/postfix/main.cf "$RUN/main.cf.orig"
  postconf -e "inet_interfaces = loopback-only" "inet_protocols = ipv4" "mydestination =" \
    "default_transport = lmtp:inet:127.0.0.1:$LMTP_PORT" "relay_transport = lmtp:inet:127.0.0.1:$LMTP_PORT" \
    "smtpd_sasl_auth_enable = yes" "smtpd_sasl_type = dovecot" "smtpd_sasl_path = inet:127.0.0.1:$AUTH_PORT" \
    "smtpd_tls_cert_file = $RUN/cert.pem" "smtpd_tls_key_file = $RUN/key.pem" \
    "smtpd_tls_security_level = may" "smtpd_tls_auth_only = yes" \
    "maillog_file_prefixes = /var, /dev/stdout, $RUN" "maillog_file = $RUN/postfix.log"
  dovecot -c "$CONF" </dev/null >/dev/null 2>&1
  postfix check </dev/null
  if postfix status >/dev/null 2>&1; then postfix reload >/dev/null 2>&1; else postfix start >/dev/null 2>&1; fi
  wait_port 127.0.0.1 "$IMAP_PORT" 10
  wait_port 127.0.0.1 "$SMTP_PORT" 10
  echo "MAIL_RUN=$RUN"
  echo "MAIL_SMTP_PORT=$SMTP_PORT"
  echo "MAIL_IMAP_PORT=$IMAP_PORT"
  echo "MAIL_CA_FILE=$RUN/cert.pem"
  echo "MAIL_PASSWORD=secret"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: mail-services.sh start|stop RUN" >&2; exit 2 ;;
esac
