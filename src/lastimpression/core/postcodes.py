"""What a postcode says about where it is, by each country's own rules: the area (département,
province, canton, nation, state) its digits or letters name. Pure: no Django, no I/O.

- France: five digits; the first two are the département ("57000" is Moselle), the first
  three overseas ("97400" is La Réunion), and Corsica's "20" is Corse-du-Sud below 20200,
  Haute-Corse from it.
- Belgium: four digits, in ranges by province (1000–1299 Brussels, 4000–4999 Liège…).
- Switzerland: four digits; the leading digits name the canton of most places in their range
  (1200–1259 Geneva, 8000–8199 Zurich…): a few towns at the edge of a range are in the
  neighbouring canton, which the user changes where the place is shown.
- Canada: "H2X 1Y4"; the first letter is the province (G, H and J are Quebec; X is Nunavut or
  the Northwest Territories by the next two characters).
- United Kingdom: "SW1A 1AA", "EH1"; the letters of the area tell the nation.
- United States: a ZIP code's first three digits are the state.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Postcode", "postcodes_in"]


@dataclass(frozen=True)
class Postcode:
    """A postcode found in a text: as written, its country, and the area it names there."""

    written: str
    country: str
    area: str


_FRENCH = re.compile(r"(?<![\d-])(?:F-?)?(\d{5})(?![\d-])", re.IGNORECASE)
_FOUR = re.compile(r"(?<![\d-])(?:(B|CH)-?)?(\d{4})(?![\d-])", re.IGNORECASE)
_CANADIAN = re.compile(r"\b([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?:\s?(\d[ABCEGHJ-NPRSTV-Z]\d))?\b", re.IGNORECASE)
_BRITISH = re.compile(r"\b([A-Z]{1,2})(\d[A-Z\d]?)(?:\s*(\d[A-Z]{2}))?\b", re.IGNORECASE)
_ZIP = re.compile(r"(?<![\d-])(\d{5})(?:-\d{4})?(?![\d-])")

# The French overseas départements and collectivities, by the first three digits.
_OVERSEAS = {"971", "972", "973", "974", "975", "976", "977", "978", "986", "987", "988"}

# Belgium: the first postcode of each range, and its province (ISO 3166-2:BE).
_BELGIUM = [
    (1000, "BRU"), (1300, "WBR"), (1500, "VBR"), (2000, "VAN"), (3000, "VBR"), (3500, "VLI"), (4000, "WLG"),
    (5000, "WNA"), (6000, "WHT"), (6600, "WLX"), (7000, "WHT"), (8000, "VWV"), (9000, "VOV"),
]  # fmt: skip

# Switzerland: the first postcode of each range and its canton ("" where it is Liechtenstein's).
_SWITZERLAND = [
    (1000, "VD"), (1200, "GE"), (1260, "VD"), (1280, "GE"), (1295, "VD"), (1470, "FR"), (1500, "VD"),
    (1600, "FR"), (1800, "VD"), (1870, "VS"), (2000, "NE"), (2500, "BE"), (2740, "JU"), (2750, "BE"),
    (2800, "JU"), (3000, "BE"), (3280, "FR"), (3290, "BE"), (3900, "VS"), (4000, "BS"), (4100, "BL"),
    (4500, "SO"), (4800, "AG"), (4900, "BE"), (5000, "AG"), (6000, "LU"), (6060, "OW"), (6080, "LU"),
    (6300, "ZG"), (6350, "LU"), (6370, "NW"), (6390, "OW"), (6400, "SZ"), (6460, "UR"), (6500, "TI"),
    (7000, "GR"), (8000, "ZH"), (8200, "SH"), (8300, "ZH"), (8500, "TG"), (8600, "ZH"), (8750, "GL"),
    (8800, "ZH"), (8840, "SZ"), (8860, "SG"), (8900, "ZH"), (9000, "SG"), (9050, "AI"), (9060, "AR"),
    (9200, "SG"), (9485, ""), (9500, "TG"), (9600, "SG"),
]  # fmt: skip

# Canada: the province of a postal code's first letter (X is settled by the next two).
_CANADA = {
    "A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC", "K": "ON", "L": "ON",
    "M": "ON", "N": "ON", "P": "ON", "R": "MB", "S": "SK", "T": "AB", "V": "BC", "X": "NT", "Y": "YT",
}  # fmt: skip
_NUNAVUT = {"X0A", "X0B", "X0C"}

# The United Kingdom's postcode areas (Jersey, Guernsey and Man are not in it), by nation.
_SCOTLAND = {"AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE"}
_WALES = {"CF", "LD", "LL", "NP", "SA"}
_ENGLISH_AREAS = (
    "AL B BA BB BD BH BL BN BR BS CA CB CH CM CO CR CT CV CW DA DE DH DL DN DT DY E EC EN EX FY GL GU HA "
    "HD HG HP HR HU HX IG IP KT L LA LE LN LS LU M ME MK N NE NG NN NR NW OL OX PE PL PO PR RG RH RM S SE "
    "SG SK SL SM SN SO SP SR SS ST SW SY TA TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO"
)
_ENGLAND = set(_ENGLISH_AREAS.split())

# The United States: the first three-digit prefix of each range and its state ("" unassigned
# or military).
_STATES = [
    (5, "NY"), (6, "PR"), (8, "VI"), (9, "PR"), (10, "MA"), (28, "RI"), (30, "NH"), (39, "ME"), (50, "VT"),
    (55, "MA"), (56, "VT"), (60, "CT"), (70, "NJ"), (90, ""), (100, "NY"), (150, "PA"), (197, "DE"),
    (200, "DC"), (201, "VA"), (202, "DC"), (206, "MD"), (220, "VA"), (247, "WV"), (270, "NC"), (290, "SC"),
    (300, "GA"), (320, "FL"), (340, ""), (341, "FL"), (350, "AL"), (370, "TN"), (386, "MS"), (398, "GA"),
    (400, "KY"), (428, ""), (430, "OH"), (460, "IN"), (480, "MI"), (500, "IA"), (529, ""), (530, "WI"),
    (550, "MN"), (568, ""), (569, "DC"), (570, "SD"), (578, ""), (580, "ND"), (589, ""), (590, "MT"),
    (600, "IL"), (630, "MO"), (659, ""), (660, "KS"), (680, "NE"), (694, ""), (700, "LA"), (715, ""),
    (716, "AR"), (730, "OK"), (750, "TX"), (800, "CO"), (817, ""), (820, "WY"), (832, "ID"), (839, ""),
    (840, "UT"), (848, ""), (850, "AZ"), (866, ""), (870, "NM"), (885, "TX"), (886, ""), (889, "NV"),
    (899, ""), (900, "CA"), (962, ""), (967, "HI"), (969, "GU"), (970, "OR"), (980, "WA"), (995, "AK"),
]  # fmt: skip
# ZIP prefixes whose time is not their state's main one.
ZIP_ZONES = {
    **{prefix: "America/New_York" for prefix in (373, 374, 376, 377, 378, 379)},  # East Tennessee
    **{prefix: "America/Denver" for prefix in (798, 799, 885)},  # El Paso
    **{prefix: "America/Chicago" for prefix in (324, 325)},  # the Florida Panhandle
}


def _ranged(table: list[tuple[int, str]], number: int) -> str:
    index = bisect_right([first for first, _ in table], number) - 1
    return table[index][1] if index >= 0 else ""


def french_area(digits: str) -> str:
    """The département of a French postcode ("57000" → "57", "20090" → "2A", "97400" →
    "974"); "" when no département has it."""
    if digits[:3] in _OVERSEAS:
        return digits[:3]
    head = int(digits[:2])
    if head == 20:
        return "2A" if int(digits) < 20200 else "2B"
    return digits[:2] if 1 <= head <= 95 else ""


def british_nation(area: str) -> str:
    area = area.upper()
    if area == "BT":
        return "NIR"
    if area in _SCOTLAND:
        return "SCT"
    if area in _WALES:
        return "WLS"
    return "ENG" if area in _ENGLAND else ""


def postcodes_in(text: str) -> list[Postcode]:
    """Every reading of a postcode in ``text``, the most specific first: a five-digit code is
    read as French and as a ZIP code, a four-digit one as Belgian and Swiss (a "B-" or "CH-"
    prefix keeps only its own country). Empty when the text holds none."""
    found: list[Postcode] = []
    for match in _FRENCH.finditer(text):
        area = french_area(match.group(1))
        if area:
            found.append(Postcode(match.group(1), "FR", area))
    for match in _ZIP.finditer(text):
        prefix = int(match.group(1)[:3])
        state = _ranged(_STATES, prefix)
        if state:
            found.append(Postcode(match.group(0), "US", state))
    for match in _FOUR.finditer(text):
        marked, number = (match.group(1) or "").upper(), int(match.group(2))
        if number < 1000:
            continue
        if marked != "CH":
            found.append(Postcode(match.group(2), "BE", _ranged(_BELGIUM, number)))
        canton = _ranged(_SWITZERLAND, number)
        if marked != "B" and canton:
            found.append(Postcode(match.group(2), "CH", canton))
    for match in _CANADIAN.finditer(text):
        district = match.group(1).upper()
        province = "NU" if district in _NUNAVUT else _CANADA[district[0]]
        written = f"{district} {match.group(2).upper()}" if match.group(2) else district
        found.append(Postcode(written, "CA", province))
    for match in _BRITISH.finditer(text):
        nation = british_nation(match.group(1))
        # An outward code alone ("EH1") is too like other words: only a full postcode counts.
        if nation and match.group(3):
            written = f"{match.group(1)}{match.group(2)} {match.group(3)}".upper()
            found.append(Postcode(written, "GB", nation))
    return found
