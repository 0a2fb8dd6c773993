"""Whether a name is written with a woman's title of address ("Ms. Ana Pérez", "H.E. Mrs. …",
"Mme", "Sra.", "г-жа"): what a rapporteur's or chair's title agrees with when nobody stated it
(Rapporteuse, Relatora, Presidenta)."""

import re

_WOMAN = re.compile(
    r"^(?:(?:H\.\s?E\.|S\.\s?E\.|E\.\s?S\.|Hon\.|Dr\.?|Prof\.?|Amb\.?)\s+)*"
    r"(?:Ms\.?|Mrs\.?|Miss|Madam|Madame|Mme|Mlle|Dame|Sra\.?|Srta\.?|Señora|Señorita|Doña|Dña\.?"
    r"|г-жа|госпожа|Her\s+Excellency|Son\s+Excellence\s+Madame|Su\s+Excelencia\s+la\s+Señora)(?=\s|$)",
    re.IGNORECASE)


def addressed_as_a_woman(name: str) -> bool:
    """"Ms. Ana Pérez", "H.E. Mrs. Amina Mohammed", "Mme Anna Schmidt", "Sra. Ortiz", "г-жа Петрова"."""
    return bool(_WOMAN.match(name.strip()))
