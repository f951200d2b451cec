"""Name styles for embargoed destinations (Iran, Syria, North Korea, Cuba), used only by planted
embargo rows: background rows never go there."""

from __future__ import annotations

from benchmarks.tradegen.style import Style, Template, slot, words


def _latin(company: tuple[Template, ...], address: str, **slots: tuple[str, ...]) -> Style:
    return Style(scripts=("latin",), script_weights=(1,), company=company, logistics=company,
                 person=(), address=(address,), slots={k: slot(v) for k, v in slots.items()})


IR = _latin(
    ((2, ("{pw} {pind} Co.",)), (1, ("Sherkat-e {pw} {pind}",)), (1, ("{pw} Trading Company",))),
    "No. {num}, {pw} St., {city}, Iran",
    pw=words("Pars, Kaveh, Arya, Sepehr, Tavan, Sanat, Kish, Rahavard, Farzan, Behsaz, Nikan, "
             "Pooya, Dena, Zagros, Alborz"),
    pind=words("Sanat, Tejarat, Electronic, Machinery, Trading, Industrial Group"),
    city=words("Tehran, Isfahan, Tabriz, Mashhad, Bandar Abbas, Shiraz"),
)
SY = _latin(
    ((2, ("{aw} Trading Co.",)), (1, ("{aw} for Import and Export",))),
    "{aw} St. {num}, {city}, Syria",
    aw=words("Al Sham, Al Fayhaa, Qasioun, Barada, Al Shahba, Orontes, Al Furat, Ugarit"),
    city=words("Damascus, Aleppo, Latakia, Homs, Tartus"),
)
KP = _latin(
    ((2, ("Korea {kw} Trading Corporation",)), (1, ("{kw} General Trading Company",))),
    "{city}, DPRK",
    kw=words("Pyongsu, Songbong, Ryonha, Hyoksin, Paektu, Chongchon, Taedong, Mirae, Unha"),
    city=words("Pyongyang, Nampo, Chongjin, Rason, Sinuiju"),
)
CU = _latin(
    ((2, ("Empresa {esw} S.A.",)), (1, ("Corporación {esw}",))),
    "Calle {num}, {city}, Cuba",
    esw=words("Caribe, Habanos, Tropical, Cubana, Isla, Antillana, Oriente, Moncada"),
    city=words("La Habana, Santiago de Cuba, Mariel, Matanzas"),
)

STYLES = {"IR": IR, "SY": SY, "KP": KP, "CU": CU}
