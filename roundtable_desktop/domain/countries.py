"""The 193 Member States of the United Nations and its 2 observer States, by the official
short names used in UN documents ("Türkiye", "Côte d'Ivoire", "Republic of Korea")."""

import unicodedata


def _fold(text: str) -> str:
    """Lower case without accents or dots: ``"Côte d’Ivoire"`` -> ``"cote d'ivoire"``."""
    text = text.replace("\u2019", "'").replace(".", "")
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


MEMBER_STATES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia (Plurinational State of)",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
    "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia",
    "Cuba", "Cyprus", "Czechia", "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana",
    "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia",
    "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
    "Micronesia (Federated States of)", "Monaco", "Mongolia", "Montenegro", "Morocco",
    "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands (Kingdom of the)",
    "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman",
    "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova", "Romania",
    "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe",
    "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
    "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka",
    "Sudan", "Suriname", "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand",
    "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan",
    "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)

OBSERVER_STATES: tuple[str, ...] = ("Holy See", "State of Palestine")

COUNTRIES: tuple[str, ...] = tuple(
    sorted(MEMBER_STATES + OBSERVER_STATES, key=_fold)
)

# Names people commonly write, mapped to the official short name.
_ALIASES: dict[str, str] = {
    "bolivia": "Bolivia (Plurinational State of)",
    "brunei": "Brunei Darussalam",
    "cape verde": "Cabo Verde",
    "czech republic": "Czechia",
    "ivory coast": "Côte d'Ivoire",
    "cote d'ivoire": "Côte d'Ivoire",
    "north korea": "Democratic People's Republic of Korea",
    "dprk": "Democratic People's Republic of Korea",
    "drc": "Democratic Republic of the Congo",
    "dr congo": "Democratic Republic of the Congo",
    "swaziland": "Eswatini",
    "the gambia": "Gambia",
    "iran": "Iran (Islamic Republic of)",
    "laos": "Lao People's Democratic Republic",
    "lao pdr": "Lao People's Democratic Republic",
    "micronesia": "Micronesia (Federated States of)",
    "netherlands": "Netherlands (Kingdom of the)",
    "the netherlands": "Netherlands (Kingdom of the)",
    "holland": "Netherlands (Kingdom of the)",
    "kingdom of the netherlands": "Netherlands (Kingdom of the)",
    "macedonia": "North Macedonia",
    "south korea": "Republic of Korea",
    "korea": "Republic of Korea",
    "moldova": "Republic of Moldova",
    "russia": "Russian Federation",
    "syria": "Syrian Arab Republic",
    "east timor": "Timor-Leste",
    "turkey": "Türkiye",
    "turkiye": "Türkiye",
    "uk": "United Kingdom of Great Britain and Northern Ireland",
    "united kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "great britain": "United Kingdom of Great Britain and Northern Ireland",
    "tanzania": "United Republic of Tanzania",
    "usa": "United States of America",
    "us": "United States of America",
    "united states": "United States of America",
    "venezuela": "Venezuela (Bolivarian Republic of)",
    "vietnam": "Viet Nam",
    "vatican": "Holy See",
    "palestine": "State of Palestine",
}


_BY_FOLDED: dict[str, str] = {_fold(name): name for name in COUNTRIES}


def official_country_name(text: str) -> str | None:
    """The official short name for ``text`` ("Turkey", "turkiye", "USA" -> the UN name), or
    None when ``text`` names no Member or observer State."""
    folded = _fold(text)
    return _BY_FOLDED.get(folded) or _ALIASES.get(folded)


def is_country(text: str) -> bool:
    return official_country_name(text) is not None
