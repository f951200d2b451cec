"""Name styles of Russia, Belarus, Central Asia and the Caucasus, in Latin and Cyrillic.

Words are written once in Cyrillic and romanised with BGN/PCGN (how a foreign invoice usually
spells them), so 'ООО «Техноснаб»' and 'OOO "Tekhnosnab"' are the same party. Legal forms: ООО/OOO
(LLC), АО/AO, ПАО/PAO, ТОО/TOO (KZ LLP), ОсОО/OsOO (KG), MChJ (UZ), ЧУП (BY), ИП (sole trader).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product

from benchmarks.tradegen.style import COIN_EN, SlotValues, Style, Template, slot, words
from benchmarks.tradegen.translit import to_latin


def cyr(values: Iterable[str]) -> SlotValues:
    """Cyrillic words as (Latin, Cyrillic) slot values."""
    return slot((to_latin(v), v) for v in values)


_PREFIX = words("Техно, Пром, Электро, Спец, Строй, Агро, Энерго, Радио, Мега, Нефте, Авто, "
                "Транс, Инвест, Сиб, Урал, Волга, Микро, Интер, Гео, Евро, Рос, Мет, Хим, Тех")
_SUFFIX = words("снаб, сервис, комплект, ресурс, торг, маш, строй, импорт, лайн, трейд, систем, "
                "пром, союз, прибор, деталь, маркет, групп, альянс, холдинг, логистик")
_STANDALONE = words("Вектор, Альфа, Меридиан, Север, Восток, Импульс, Интегра, Гранит, Сигма, "
                    "Прогресс, Атлант, Энергия, Титан, Радиан, Микрон, Орион, Феникс, Аврора, "
                    "Горизонт, Квант, Кристалл, Форвард, Паритет, Эталон, Стандарт, Партнер, "
                    "Лидер, Рубикон, Созвездие, Магистраль, Спектр, Континент, Глобус")
_SFX = words("-М, -Плюс, -Групп, -2000, -Центр, -Сервис, -Юг, -Север, -Урал, -Сибирь, -Трейд, "
             "-Регион, -К, -Т, -СПб, -Н, -Про, -Инвест, -Холдинг, -Экспорт, -Восток")
RU_WORDS = tuple(a + b for a, b in product(_PREFIX, _SUFFIX)) + _STANDALONE

_GIVEN_M = words("Александр, Сергей, Дмитрий, Андрей, Алексей, Максим, Евгений, Иван, Михаил, "
                 "Николай, Владимир, Юрий, Игорь, Олег, Павел, Роман, Артем, Виктор, Денис, "
                 "Константин, Вячеслав, Геннадий")
_GIVEN_F = words("Елена, Ольга, Наталья, Татьяна, Ирина, Светлана, Анна, Мария, Екатерина, "
                 "Юлия, Людмила, Галина")
_FAMILY_M = words("Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, "
                  "Новиков, Федоров, Морозов, Волков, Алексеев, Лебедев, Семенов, Егоров, "
                  "Павлов, Козлов, Степанов, Николаев, Орлов, Андреев, Макаров, Никитин, "
                  "Захаров, Зайцев, Соловьев, Борисов, Яковлев, Григорьев, Романов, Воробьев, "
                  "Сергеев, Кузьмин, Фролов, Дмитриев, Королев, Гусев, Киселев, Ильин, Поляков, "
                  "Сорокин, Виноградов, Ковалев, Белов, Антонов, Тарасов, Жуков, Баранов, "
                  "Филиппов, Комаров, Давыдов, Беляев, Герасимов, Богданов, Осипов, Сидоров, "
                  "Матвеев, Титов, Марков, Миронов, Крылов, Куликов, Карпов, Власов, Мельников, "
                  "Щербаков, Чернышев, Ковальчук, Шевченко, Бондаренко, Вишневский, Ржевский")
_PATR_M = words("Александрович, Сергеевич, Дмитриевич, Андреевич, Алексеевич, Викторович, "
                "Иванович, Михайлович, Николаевич, Владимирович, Юрьевич, Игоревич, Олегович, "
                "Павлович, Петрович, Геннадьевич, Анатольевич, Валерьевич")


def _female_family(name: str) -> str:
    if name.endswith(("ов", "ев", "ин", "ёв")):
        return name + "а"
    if name.endswith("ский"):
        return name[:-4] + "ская"
    return name


def _female_patronymic(name: str) -> str:
    return name[:-3] + "вна" if name.endswith("вич") else name


_FAMILY_F = tuple(_female_family(f) for f in _FAMILY_M)
_PATR_F = tuple(_female_patronymic(p) for p in _PATR_M)
_INITIALS = words("А, В, Г, Д, Е, И, К, Л, М, Н, О, П, Р, С, Т, Ю")

RU_PERSON_SLOTS = {
    "gm": cyr(_GIVEN_M), "gf": cyr(_GIVEN_F), "fm": cyr(_FAMILY_M), "ff": cyr(_FAMILY_F),
    "pm": cyr(_PATR_M), "pf": cyr(_PATR_F), "ini": cyr(_INITIALS), "ini2": cyr(_INITIALS),
}
RU_PERSONS: tuple[Template, ...] = (
    (3, ("{gm} {fm}", "{fm} {gm} {pm}")), (2, ("{fm} {gm} {pm}", "{fm} {gm} {pm}")),
    (2, ("IP {fm} {gm} {pm}", "ИП {fm} {gm} {pm}")), (1, ("{gf} {ff}", "{ff} {gf} {pf}")),
    (1, ("IP {ff} {gf}", "ИП {ff} {gf} {pf}")), (1, ("{fm} {ini}.{ini2}.", "{fm} {ini}.{ini2}.")),
    (1, ("{fm_up} {gm}", "{fm} {gm}")),
)
RU_PERSON_SLOTS["fm_up"] = slot((lat.upper(), c) for lat, c in RU_PERSON_SLOTS["fm"])


def _cis_style(*, words_: Iterable[str], cities: Iterable[str], company: tuple[Template, ...],
               logistics: tuple[Template, ...], address: tuple[str, str],
               persons: tuple[Template, ...] = RU_PERSONS,
               person_slots: dict[str, SlotValues] | None = None,
               streets: Iterable[str] = (), latin_share: float = 0.55) -> Style:
    st = streets or words("Ленина, Советская, Мира, Гагарина, Промышленная, Садовая, Заводская, "
                          "Пушкина, Московская, Строителей, Октябрьская, Победы")
    return Style(
        scripts=("latin", "cyrillic"), script_weights=(latin_share, 1 - latin_share),
        company=company, logistics=logistics, person=persons, address=address,
        slots={"w": cyr(words_), "city": cyr(cities), "street": cyr(st), "sfx": cyr(_SFX),
               **(person_slots or RU_PERSON_SLOTS)},
    )


RU = _cis_style(
    words_=RU_WORDS,
    cities=words("Москва, Санкт-Петербург, Новосибирск, Екатеринбург, Казань, Нижний Новгород, "
                 "Челябинск, Самара, Ростов-на-Дону, Уфа, Красноярск, Пермь, Воронеж, "
                 "Владивосток, Калининград, Тула, Ижевск, Подольск"),
    company=((4, ('OOO "{w}"', "ООО «{w}»")), (2, ("{w} LLC", 'ООО "{w}"')),
             (4, ('OOO "{w}{sfx}"', "ООО «{w}{sfx}»")), (1, ("{w}{sfx} LLC", "ООО «{w}{sfx}»")),
             (1, ('AO "{w}"', "АО «{w}»")), (1, ("TD {w} LLC", "ООО «ТД {w}»")),
             (2, ("OOO {w}", "ООО {w}")), (1, ("{w}, OOO", "ООО {w}")),
             (1, ('LLC "{w}"', "ООО «{w}»")), (1, ("JSC {w}", "АО «{w}»"))),
    logistics=((2, ('TEK "{w}"', "ТЭК «{w}»")), (1, ('OOO "{w} Logistik"', "ООО «{w} Логистик»")),
               (1, ("{w} Trans LLC", "ООО «{w}Транс»"))),
    address=("{street} ul., d. {num}, {city}, {zip6}, Russia", "ул. {street}, д. {num}, г. {city}, {zip6}"),
)

BY = _cis_style(
    words_=RU_WORDS[::2] + words("Белтех, Минскпром, Полесье, Неман, Белагро, Свитязь"),
    cities=words("Минск, Гомель, Брест, Гродно, Витебск, Могилев, Борисов, Барановичи"),
    company=((3, ('OOO "{w}"', "ООО «{w}»")), (1, ('ChUP "{w}"', "ЧУП «{w}»")),
             (2, ('OOO "{w}{sfx}"', "ООО «{w}{sfx}»")),
             (1, ('OAO "{w}"', "ОАО «{w}»")), (1, ('SOOO "{w}"', "СООО «{w}»"))),
    logistics=((1, ('OOO "{w}Trans"', "ООО «{w}Транс»")),),
    address=("{street} ul., d. {num}, {city}, Belarus", "ул. {street}, д. {num}, г. {city}"),
)

_KZ_PERSON = {
    **RU_PERSON_SLOTS,
    "gm": cyr(words("Нурлан, Ерлан, Асхат, Бауыржан, Данияр, Серик, Айдар, Арман, Марат, Канат, "
                    "Ержан, Тимур")),
    "fm": cyr(words("Абенов, Нурланов, Жумабаев, Касымов, Ахметов, Искаков, Омаров, Байжанов, "
                    "Кенжебаев, Сарсенбаев, Утегенов, Мусин, Есенов, Калиев, Абдрахманов")),
}
KZ = _cis_style(
    words_=words("Алтын, Нур, Дала, Байтерек, Сарыарка, Каспий, Жулдыз, Шанырак, Кайнар, Береке, "
                 "Тулпар, Атамекен, Астана, Алатау, Жетысу, Ертис") + RU_WORDS[1::3],
    cities=words("Алматы, Астана, Шымкент, Караганда, Актобе, Павлодар, Усть-Каменогорск, "
                 "Атырау, Костанай"),
    company=((3, ('TOO "{w}"', "ТОО «{w}»")), (2, ("{w} LLP", "ТОО «{w}»")),
             (3, ('TOO "{w}{sfx}"', "ТОО «{w}{sfx}»")),
             (1, ("{w} Kazakhstan LLP", "ТОО «{w} Казахстан»")), (1, ('TOO "{w} KZ"', "ТОО «{w} KZ»"))),
    logistics=((1, ('TOO "{w} Logistics"', "ТОО «{w} Логистикс»")),),
    address=("{street} str., {num}, {city}, Kazakhstan", "ул. {street}, {num}, г. {city}"),
    person_slots=_KZ_PERSON,
)

_KG_PERSON = {
    **RU_PERSON_SLOTS,
    "gm": cyr(words("Айбек, Бакыт, Эрлан, Нурбек, Азамат, Улан, Талант, Жыргалбек, Мирлан")),
    "fm": cyr(words("Асанов, Токтогулов, Осмонов, Абдыкалыков, Бекболотов, Мамытов, Исаков, "
                    "Сыдыков, Джумалиев")),
}
KG = _cis_style(
    words_=words("Ала-Тоо, Тенир, Ак-Жол, Нур, Бишкек, Ысык-Кол, Кыргыз, Жибек Жолу, Тулпар, "
                 "Айсберг, Эл-Тех, Кут, Ордо, Берекет") + RU_WORDS[2::5],
    cities=words("Бишкек, Ош, Кара-Балта, Токмок, Джалал-Абад, Каракол"),
    company=((3, ('OsOO "{w}"', "ОсОО «{w}»")), (2, ("{w} LLC", "ОсОО «{w}»")),
             (2, ('OsOO "{w}{sfx}"', "ОсОО «{w}{sfx}»")),
             (1, ('OOO "{w}"', "ООО «{w}»"))),
    logistics=((1, ('OsOO "{w} Kargo"', "ОсОО «{w} Карго»")),),
    address=("{street} str. {num}, {city}, Kyrgyzstan", "ул. {street}, {num}, г. {city}"),
    person_slots=_KG_PERSON,
)

_UZ_PERSON = {
    **RU_PERSON_SLOTS,
    "gm": cyr(words("Азиз, Бахтиёр, Дилшод, Жасур, Отабек, Рустам, Шерзод, Улугбек, Фаррух")),
    "fm": cyr(words("Каримов, Рахимов, Юсупов, Алиев, Ахмедов, Турсунов, Исмоилов, Мирзаев, "
                    "Султанов, Хасанов")),
}
UZ = _cis_style(
    words_=words("Самарканд, Навруз, Шарк, Турон, Хамкор, Зарафшан, Фаргона, Мадад, Баракат, "
                 "Орзу, Истиклол, Мехнат, Сарбон") + RU_WORDS[3::7],
    cities=words("Ташкент, Самарканд, Бухара, Андижан, Наманган, Фергана"),
    company=((2, ('"{w}" MChJ', "ООО «{w}»")), (2, ("{w} LLC", "ООО «{w}»")),
             (2, ('"{w}{sfx}" MChJ', "ООО «{w}{sfx}»")),
             (1, ('OOO "{w}"', "ООО «{w}»")), (1, ('XK "{w}"', "ЧП «{w}»"))),
    logistics=((1, ('"{w} Trans" MChJ', "ООО «{w} Транс»")),),
    address=("{street} ko'chasi {num}, {city}, Uzbekistan", "ул. {street}, {num}, г. {city}"),
    person_slots=_UZ_PERSON,
)

_AM_PERSON = {
    **RU_PERSON_SLOTS,
    "gm": cyr(words("Арам, Армен, Ашот, Гагик, Карен, Левон, Тигран, Давит, Арсен, Рубен, Сурен")),
    "fm": cyr(words("Петросян, Саргсян, Акопян, Григорян, Мартиросян, Карапетян, Оганесян, "
                    "Геворгян, Аветисян, Манукян, Арутюнян, Хачатрян, Варданян, Мкртчян")),
}
AM = _cis_style(
    words_=words("Арарат, Арпа, Айк, Севан, Масис, Арагац, Зангезур, Наири, Армтех, Ереван, Шант, "
                 "Ани, Вардан, Гюмри, Дилижан, Аревик, Тарон, Ширак, Лори, Армэкспорт, Арменпром, "
                 "Айтех, Ванатрейд, Нортлайн, Эребуни, Вагаршапат, Гарни, Татев, Арташат"),
    cities=words("Ереван, Гюмри, Ванадзор, Абовян, Эчмиадзин"),
    company=((3, ("{w} LLC", "ООО «{w}»")), (1, ('"{w}" LLC', "ООО «{w}»")),
             (2, ("{w}{sfx} LLC", "ООО «{w}{sfx}»")),
             (2, ("{fm} {w} LLC", "ООО «{fm} {w}»")), (1, ("{w} Group CJSC", "ЗАО «{w} Групп»")),
             (1, ("{w} CJSC", "ЗАО «{w}»")), (1, ("{w} Trade LLC", "ООО «{w} Трейд»"))),
    logistics=((1, ("{w} Logistics LLC", "ООО «{w} Логистикс»")),),
    persons=((3, ("{gm} {fm}", "{fm} {gm}")), (1, ("{fm} {gm}", "{fm} {gm}"))),
    address=("{num} {street} St., {city}, Armenia", "ул. {street}, {num}, г. {city}"),
    streets=words("Туманяна, Абовяна, Аршакуняц, Тиграна Меца, Комитаса, Баграмяна"),
    person_slots=_AM_PERSON, latin_share=0.75,
)

_GE_WORDS = words("Kartli, Imereti, Batumi, Rustavi, Tbilisi, Kolkheti, Mtkvari, Iveria, "
                  "Samegrelo, Kutaisi, Caucasus, Egrisi, Ajara, Borjomi, Poti, Mtskheta")
GE = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{gw} {gind} LLC",)), (1, ("LLC {gw} {gind}",)), (1, ("{gw} Ltd",)),
             (2, ("{gfam} {gind} LLC",)), (2, ("{coin} {gind} LLC",))),
    logistics=((1, ("{gw} Logistics LLC",)), (1, ("{gw} Transit Ltd",))),
    person=((1, ("{ggiven} {gfam}",)),),
    address=("{num} {gw} St., {gcity}, Georgia",),
    slots={"gw": slot(_GE_WORDS), "coin": slot(COIN_EN),
           "gind": slot(words("Trade, Group, Auto, Import, Distribution, Trans, Service")),
           "ggiven": slot(words("Giorgi, Davit, Levan, Irakli, Nika, Zurab, Tamaz, Nino, Tamar")),
           "gfam": slot(words("Beridze, Kapanadze, Gelashvili, Maisuradze, Lomidze, Tsiklauri, "
                              "Bolkvadze, Nozadze, Abashidze, Chkheidze, Japaridze")),
           "gcity": slot(words("Tbilisi, Batumi, Kutaisi, Rustavi, Poti"))},
)

STYLES = {"RU": RU, "BY": BY, "KZ": KZ, "KG": KG, "UZ": UZ, "AM": AM, "GE": GE}
