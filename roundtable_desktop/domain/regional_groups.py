"""The UN regional group of each of the 193 Member States, as the General Assembly's secretariat
lists the groups, with the cases that are not plain geography written down beside them.

A participant's regional group is filled in from the country; the chair can always change it
(a delegation may speak for another group, or the chair's office may count it differently)."""

from dataclasses import dataclass

from .countries import official_country_name
from .enums import Region
from .translatable import QT_TRANSLATE_NOOP, Wording

AFRICAN_STATES: tuple[str, ...] = (
    "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde", "Cameroon",
    "Central African Republic", "Chad", "Comoros", "Congo", "Côte d'Ivoire",
    "Democratic Republic of the Congo", "Djibouti", "Egypt", "Equatorial Guinea", "Eritrea",
    "Eswatini", "Ethiopia", "Gabon", "Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Kenya",
    "Lesotho", "Liberia", "Libya", "Madagascar", "Malawi", "Mali", "Mauritania", "Mauritius",
    "Morocco", "Mozambique", "Namibia", "Niger", "Nigeria", "Rwanda", "Sao Tome and Principe",
    "Senegal", "Seychelles", "Sierra Leone", "Somalia", "South Africa", "South Sudan", "Sudan",
    "Togo", "Tunisia", "Uganda", "United Republic of Tanzania", "Zambia", "Zimbabwe",
)

ASIA_PACIFIC_STATES: tuple[str, ...] = (
    "Afghanistan", "Bahrain", "Bangladesh", "Bhutan", "Brunei Darussalam", "Cambodia", "China",
    "Cyprus", "Democratic People's Republic of Korea", "Fiji", "India", "Indonesia",
    "Iran (Islamic Republic of)", "Iraq", "Japan", "Jordan", "Kazakhstan", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Lao People's Democratic Republic", "Lebanon", "Malaysia", "Maldives",
    "Marshall Islands", "Micronesia (Federated States of)", "Mongolia", "Myanmar", "Nauru", "Nepal",
    "Oman", "Pakistan", "Palau", "Papua New Guinea", "Philippines", "Qatar", "Republic of Korea",
    "Samoa", "Saudi Arabia", "Singapore", "Solomon Islands", "Sri Lanka", "Syrian Arab Republic",
    "Tajikistan", "Thailand", "Timor-Leste", "Tonga", "Turkmenistan", "Tuvalu",
    "United Arab Emirates", "Uzbekistan", "Vanuatu", "Viet Nam", "Yemen",
)

EASTERN_EUROPEAN_STATES: tuple[str, ...] = (
    "Albania", "Armenia", "Azerbaijan", "Belarus", "Bosnia and Herzegovina", "Bulgaria", "Croatia",
    "Czechia", "Estonia", "Georgia", "Hungary", "Latvia", "Lithuania", "Montenegro",
    "North Macedonia", "Poland", "Republic of Moldova", "Romania", "Russian Federation", "Serbia",
    "Slovakia", "Slovenia", "Ukraine",
)

LATIN_AMERICAN_AND_CARIBBEAN_STATES: tuple[str, ...] = (
    "Antigua and Barbuda", "Argentina", "Bahamas", "Barbados", "Belize",
    "Bolivia (Plurinational State of)", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba",
    "Dominica", "Dominican Republic", "Ecuador", "El Salvador", "Grenada", "Guatemala", "Guyana",
    "Haiti", "Honduras", "Jamaica", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Suriname",
    "Trinidad and Tobago", "Uruguay", "Venezuela (Bolivarian Republic of)",
)

WESTERN_EUROPEAN_AND_OTHER_STATES: tuple[str, ...] = (
    "Andorra", "Australia", "Austria", "Belgium", "Canada", "Denmark", "Finland", "France",
    "Germany", "Greece", "Iceland", "Ireland", "Israel", "Italy", "Liechtenstein", "Luxembourg",
    "Malta", "Monaco", "Netherlands (Kingdom of the)", "New Zealand", "Norway", "Portugal",
    "San Marino", "Spain", "Sweden", "Switzerland", "Türkiye",
    "United Kingdom of Great Britain and Northern Ireland", "United States of America",
)

GROUPS: dict[Region, tuple[str, ...]] = {
    Region.AFRICAN: AFRICAN_STATES,
    Region.ASIA_PACIFIC: ASIA_PACIFIC_STATES,
    Region.EASTERN_EUROPEAN: EASTERN_EUROPEAN_STATES,
    Region.LATIN_AMERICAN_CARIBBEAN: LATIN_AMERICAN_AND_CARIBBEAN_STATES,
    Region.WESTERN_EUROPEAN_OTHERS: WESTERN_EUROPEAN_AND_OTHER_STATES,
}


@dataclass(frozen=True, slots=True)
class SpecialCase:
    """A State whose group is not what a map suggests, and why (marked for the window's
    translation: the command line reads the English)."""

    country: str
    note: Wording


SPECIAL_CASES: dict[str, SpecialCase] = {case.country: case for case in (
    SpecialCase("Türkiye", QT_TRANSLATE_NOOP(
        "RegionalGroups",
        "Counted with the Western European and other States for elections; it also takes part fully in the Asia-Pacific States.")),  # noqa: E501
    SpecialCase("United States of America", QT_TRANSLATE_NOOP(
        "RegionalGroups",
        "In no group as a member: it attends the Western European and other States as an observer and is counted with them for elections.")),  # noqa: E501
    SpecialCase("Israel", QT_TRANSLATE_NOOP(
        "RegionalGroups",
        "In the Western European and other States, not in the Asia-Pacific States where it lies.")),
    SpecialCase("Cyprus", QT_TRANSLATE_NOOP(
        "RegionalGroups", "In the Asia-Pacific States, though a member of the European Union.")),
    SpecialCase("Kiribati", QT_TRANSLATE_NOOP(
        "RegionalGroups", "In the Asia-Pacific States since 2010; until then in no group.")),
    SpecialCase("Holy See", QT_TRANSLATE_NOOP(
        "RegionalGroups", "An observer State, in no regional group: choose one if the meeting counts it.")),
    SpecialCase("State of Palestine", QT_TRANSLATE_NOOP(
        "RegionalGroups",
        "An observer State, not a Member State: choose its group if the meeting counts it.")),
)}

_GROUP_OF: dict[str, Region] = {
    country: region for region, countries in GROUPS.items() for country in countries}


def regional_group(country_or_organisation: str) -> Region:
    """The regional group of the State ``country_or_organisation`` names ("Turkey" and "Türkiye"
    alike), or ``Region.UNSPECIFIED`` for an organisation, an observer State or an unknown name."""
    official = official_country_name(country_or_organisation)
    return _GROUP_OF.get(official, Region.UNSPECIFIED) if official else Region.UNSPECIFIED


def special_case_note(country_or_organisation: str) -> str:
    """Why the State's group is what it is, when that is not plain geography (a wording the
    window translates); else ``""``."""
    official = official_country_name(country_or_organisation)
    case = SPECIAL_CASES.get(official) if official else None
    return case.note if case else ""
