"""Django app: the messages (drafts, the outbox), their sending and the replies to them."""
