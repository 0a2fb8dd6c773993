"""Dates in the UN style of each official language, never from the machine's locale.

"Monday, 17 May 2021", "lundi 17 mai 2021", "lunes 17 de mayo de 2021", "понедельник, 17 мая
2021 года", "2021年5月17日星期一", "الاثنين، 17 أيار/مايو 2021" (Arabic UN documents give both the
Levantine and the Egyptian month name). ``strftime("%A %B")`` follows the locale the program
runs under, so a French laptop would write "lundi" into an English summary.
"""

from datetime import date

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    # the genitive, as a date reads: "17 мая 2021 года"
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "ar": ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
           "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
           "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}


def day_month_year(day: date, language: str = "en") -> str:
    """"17 May 2021", "1er mai 2021", "17 de mayo de 2021", "17 мая 2021 года", "2021年5月17日",
    "17 أيار/مايو 2021"."""
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "es":
        return f"{day.day} de {MONTHS['es'][day.month - 1]} de {day.year}"
    if language == "ru":
        return f"{day.day} {MONTHS['ru'][day.month - 1]} {day.year} года"
    if language == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {MONTHS['fr'][day.month - 1]} {day.year}"
    months = MONTHS.get(language, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def long_date(day: date, language: str = "en") -> str:
    """The date with its weekday: "Monday, 17 May 2021", "lundi 17 mai 2021", "2021年5月17日星期一"."""
    weekday = WEEKDAYS.get(language, WEEKDAYS["en"])[day.weekday()]
    dated = day_month_year(day, language)
    if language == "zh":
        return f"{dated}{weekday}"
    if language == "ar":
        return f"{weekday}، {dated}"
    if language in ("fr", "es"):
        return f"{weekday} {dated}"
    return f"{weekday}, {dated}"


def month_name(month: int, language: str = "en") -> str:
    if language == "zh":
        return f"{month}月"
    return MONTHS.get(language, MONTHS["en"])[month - 1]
