"""Name styles of Europe, the Americas, Turkey and the Middle East (Latin script, local legal
forms: GmbH, S.r.l., SAS, S.L., S.A. de C.V., B.V., Sp. z o.o., Ltda., Ltd. Şti., A.Ş., FZE/FZCO,
L.L.C., Inc./LLC, Ltd/plc). Vocabulary is generic (no real company names)."""

from __future__ import annotations

from benchmarks.tradegen.style import (
    COIN_DE,
    COIN_EN,
    COIN_IT,
    COIN_TR,
    Style,
    Template,
    slot,
    words,
)
from benchmarks.tradegen.vocab_east import _EN_WORDS


def _latin(company: tuple[Template, ...], logistics: tuple[Template, ...],
           person: tuple[Template, ...], address: str, **slots: tuple[str, ...]) -> Style:
    return Style(scripts=("latin",), script_weights=(1,), company=company, logistics=logistics,
                 person=person, address=(address,), slots={k: slot(v) for k, v in slots.items()})


_DE_SUR = words("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
                "Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, "
                "Braun, Krüger, Hartmann, Lange, Werner, Krause, Lehmann, Köhler")
DE = _latin(
    ((4, ("{sur} {ind} GmbH",)), (2, ("{sur} & {sur2} GmbH & Co. KG",)), (1, ("{dw} {ind} AG",)),
     (1, ("{dw}tec GmbH",)), (1, ("{sur} {ind} GmbH & Co. KG",)), (4, ("{coin} {ind} GmbH",)),
     (2, ("{coin} GmbH",))),
    ((2, ("{sur} Spedition GmbH",)), (1, ("{dw} Logistik GmbH & Co. KG",)),
     (3, ("{coin} Logistik GmbH",)), (1, ("{coin} Spedition GmbH & Co. KG",))),
    ((1, ("{given} {sur}",)),),
    "{street} {num}, {zip5} {city}, Germany",
    sur=_DE_SUR, sur2=_DE_SUR, coin=COIN_DE,
    dw=words("Nord, Süd, Rhein, Elbe, Alpen, Berg, Hansa, Euro, Inter, Weser, Main, Isar"),
    ind=words("Maschinenbau, Elektronik, Antriebstechnik, Handels, Automation, Industrietechnik, "
              "Präzisionstechnik, Werkzeugbau, Anlagenbau, Messtechnik, Kunststofftechnik"),
    given=words("Thomas, Michael, Andreas, Stefan, Klaus, Jürgen, Wolfgang, Sabine, Petra, Anna"),
    street=words("Hauptstraße, Industriestraße, Bahnhofstraße, Gewerbering, Am Hafen, "
                 "Daimlerstraße, Siemensstraße, Robert-Bosch-Str."),
    city=words("Hamburg, München, Stuttgart, Frankfurt am Main, Köln, Düsseldorf, Bremen, "
               "Hannover, Nürnberg, Leipzig, Dortmund, Mannheim"),
)

_IT_SUR = words("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
                "Bruno, Gallo, Conti, De Luca, Costa")
IT = _latin(
    ((3, ("{sur} {ind} S.r.l.",)), (1, ("{sur} S.p.A.",)), (1, ("{itw} {ind} S.r.l.",)),
     (1, ("{itw}{ind_l} SRL",)), (4, ("{coin} {ind} S.r.l.",)), (1, ("{coin} S.p.A.",))),
    ((1, ("{sur} Trasporti S.r.l.",)), (1, ("{itw} Logistica S.p.A.",)),
     (2, ("{coin} Logistica S.r.l.",))),
    ((1, ("{given} {sur}",)),),
    "Via {street} {num}, {zip5} {city}, Italy",
    sur=_IT_SUR, coin=COIN_IT,
    ind=words("Meccanica, Elettronica, Impianti, Trasmissioni, Componenti, Industriale, "
              "Automazione"),
    ind_l=words("meccanica, elettronica, impianti, tecnica"),
    itw=words("Euro, Tecno, Idro, Meccano, Nord, Adriatica, Lombarda, Emiliana"),
    given=words("Giuseppe, Marco, Luca, Andrea, Francesco, Giulia, Chiara, Paolo"),
    street=words("Roma, Garibaldi, Mazzini, dell'Industria, del Lavoro, Matteotti"),
    city=words("Milano, Torino, Bologna, Brescia, Bergamo, Modena, Vicenza, Padova"),
)

FR = _latin(
    ((2, ("{sur} {ind} SAS",)), (1, ("{sur} et Fils SARL",)), (1, ("Société {sur} {ind}",)),
     (1, ("{frw} {ind} SA",)), (3, ("{coin} {ind} SAS",))),
    ((1, ("Transports {sur} SAS",)), (1, ("{frw} Logistique SARL",)),
     (2, ("{coin} Logistique SAS",))),
    ((1, ("{given} {sur}",)),),
    "{num} rue {street}, {zip5} {city}, France",
    sur=words("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, "
              "Simon, Laurent, Lefebvre, Michel"),
    ind=words("Industrie, Électronique, Mécanique, Équipements, Distribution, Technologies"),
    coin=COIN_EN, frw=words("Euro, Atlantique, Provence, Alpes, Normandie, Loire, Rhône"),
    given=words("Jean, Pierre, Michel, Philippe, Nicolas, Marie, Isabelle, Sophie"),
    street=words("de la République, Victor Hugo, Pasteur, de l'Industrie, Jean Jaurès"),
    city=words("Paris, Lyon, Marseille, Toulouse, Lille, Nantes, Bordeaux, Strasbourg, Le Havre"),
)

_ES_SUR = words("García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, "
                "Martín, Hernández, Ramírez")
_ES_SLOTS = {
    "sur": _ES_SUR, "sur2": _ES_SUR, "coin": COIN_IT,
    "ind": words("Industrial, Electrónica, Suministros, Maquinaria, Importaciones, "
                 "Distribuciones, Componentes"),
    "esw": words("Ibérica, Levante, Norte, Azteca, Del Valle, Pacífico, Sol, Atlántico, Sierra"),
    "given": words("José, Juan, Carlos, Luis, Miguel, Jorge, María, Carmen, Ana, Laura"),
    "street": words("Mayor, Gran Vía, de la Industria, Reforma, Insurgentes, del Comercio"),
}
ES = _latin(
    ((3, ("{sur} {ind} S.L.",)), (1, ("{esw} {ind} S.A.",)), (1, ("{sur} y {sur2} S.L.",)),
     (3, ("{coin} {ind} S.L.",))),
    ((1, ("Transportes {sur} S.L.",)),),
    ((1, ("{given} {sur} {sur2}",)),),
    "Calle {street} {num}, {zip5} {city}, Spain",
    city=words("Madrid, Barcelona, Valencia, Bilbao, Sevilla, Zaragoza"), **_ES_SLOTS,
)
MX = _latin(
    ((3, ("{sur} {ind} S.A. de C.V.",)), (2, ("Comercializadora {esw} S.A. de C.V.",)),
     (1, ("{esw} {ind} S. de R.L. de C.V.",)), (3, ("{coin} {ind} S.A. de C.V.",))),
    ((1, ("Transportes {esw} S.A. de C.V.",)),),
    ((1, ("{given} {sur} {sur2}",)),),
    "Av. {street} {num}, Col. Centro, {zip5} {city}, Mexico",
    city=words("Ciudad de México, Monterrey, Guadalajara, Tijuana, Querétaro, Puebla"),
    **_ES_SLOTS,
)

BR = _latin(
    ((3, ("{sur} {ind} Ltda.",)), (2, ("{brw} Comércio e Importação Ltda.",)),
     (1, ("{brw} Indústria S.A.",)), (3, ("{coin} {ind} Ltda.",))),
    ((1, ("{brw} Transportes Ltda.",)),),
    ((1, ("{given} {sur}",)),),
    "Rua {sur} {num}, {city}, Brazil",
    sur=words("Silva, Santos, Oliveira, Souza, Costa, Pereira, Almeida, Ferreira, Rodrigues, "
              "Carvalho"),
    ind=words("Eletrônica, Máquinas, Componentes, Industrial, Importadora"),
    coin=COIN_IT, brw=words("Paulista, Brasil, Atlântico, Amazonas, Sul, Horizonte, Cruzeiro"),
    given=words("João, José, Antônio, Francisco, Carlos, Ana, Maria, Juliana"),
    city=words("São Paulo, Rio de Janeiro, Curitiba, Campinas, Manaus, Porto Alegre"),
)

NL = _latin(
    ((3, ("{sur} {ind} B.V.",)), (1, ("{nlw} Holding B.V.",)), (1, ("{nlw} Trading B.V.",)),
     (3, ("{coin} {ind} B.V.",)), (1, ("{coin} B.V.",))),
    ((2, ("{nlw} Logistics B.V.",)), (1, ("{sur} Transport B.V.",)), (3, ("{coin} Logistics B.V.",))),
    ((1, ("{given} {sur}",)),),
    "{street} {num}, {zip5} {city}, Netherlands",
    sur=words("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, "
              "de Boer, Mulder"),
    ind=words("Techniek, Handel, Elektronica, Industrie, Componenten"),
    coin=COIN_DE, nlw=words("Holland, Oranje, Delta, Rijn, Maas, Noord, Euro, Zeeland"),
    given=words("Jan, Pieter, Dirk, Willem, Sanne, Anouk"),
    street=words("Havenweg, Industrieweg, Stationsstraat, Kanaalweg"),
    city=words("Rotterdam, Amsterdam, Eindhoven, Utrecht, Venlo, Tilburg"),
)

PL = _latin(
    ((3, ("{sur} {ind} Sp. z o.o.",)), (1, ("PHU {sur}",)), (1, ("{plw} S.A.",)),
     (1, ("{plw} Sp. z o.o.",)), (3, ("{coin} {ind} Sp. z o.o.",))),
    ((1, ("{plw} Logistyka Sp. z o.o.",)), (2, ("{coin} Logistyka Sp. z o.o.",))),
    ((1, ("{given} {sur}",)),),
    "ul. {street} {num}, {zip5} {city}, Poland",
    sur=words("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, "
              "Zieliński, Szymański, Woźniak"),
    ind=words("Elektronika, Technika, Handel, Przemysł, Serwis"),
    coin=COIN_DE, plw=words("Polmex, Elmont, Metalplast, Transbud, Agromet, Energomet, Instal, Budmex"),
    given=words("Piotr, Krzysztof, Andrzej, Tomasz, Anna, Katarzyna"),
    street=words("Przemysłowa, Polna, Długa, Kościuszki, Mickiewicza"),
    city=words("Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Katowice"),
)

_EN_SUR = words("Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, "
                "Thomas, Moore, Jackson, White, Harris, Clark, Lewis, Walker, Hall, Allen, Young, "
                "King, Wright, Scott, Green, Baker, Adams, Nelson, Hill, Campbell")
_EN_SLOTS = {
    "sur": _EN_SUR, "enw": _EN_WORDS, "coin": COIN_EN,
    "ind": words("Electronics, Industrial Supply, Components, Systems, Solutions, Manufacturing, "
                 "Distribution, Technologies, Engineering, Equipment, Trading, Parts"),
    "given": words("James, John, Robert, Michael, William, David, Mary, Patricia, Jennifer, "
                   "Linda, Sarah, Emily"),
    "stype": words("St, Ave, Blvd, Rd, Dr, Pkwy, Way"),
}
US = _latin(
    ((3, ("{sur} {ind} Inc.",)), (3, ("{enw} {ind} LLC",)), (1, ("{enw} Technologies Corp.",)),
     (1, ("{sur} & Sons, Inc.",)), (1, ("{enw} Global Inc.",)), (4, ("{coin} {ind} Inc.",)),
     (2, ("{coin} {ind} LLC",)), (1, ("{coin} {enw} Corp.",))),
    ((2, ("{enw} Freight Inc.",)), (1, ("{enw} Logistics LLC",)), (3, ("{coin} Logistics Inc.",)),
     (1, ("{coin} Freight Forwarding LLC",))),
    ((1, ("{given} {sur}",)),),
    "{num} {enw} {stype}, {city}, {zip5}, USA",
    city=words("Houston TX, Los Angeles CA, Chicago IL, Miami FL, New York NY, Dallas TX, "
               "Atlanta GA, Seattle WA, Newark NJ, Long Beach CA, Detroit MI, Phoenix AZ"),
    **_EN_SLOTS,
)
CA = _latin(
    ((2, ("{enw} {ind} Inc.",)), (1, ("{sur} {ind} Ltd.",)), (3, ("{coin} {ind} Inc.",))),
    ((1, ("{enw} Freight Ltd.",)),),
    ((1, ("{given} {sur}",)),),
    "{num} {enw} {stype}, {city}, Canada",
    city=words("Toronto ON, Vancouver BC, Montreal QC, Calgary AB, Mississauga ON"), **_EN_SLOTS,
)
GB = _latin(
    ((3, ("{sur} {ind} Ltd",)), (2, ("{enw} {ind} Limited",)), (1, ("{enw} Group plc",)),
     (4, ("{coin} {ind} Ltd",)), (1, ("{coin} Limited",))),
    ((1, ("{enw} Shipping Ltd",)), (1, ("{enw} Freight Services Limited",)),
     (3, ("{coin} Freight Ltd",))),
    ((1, ("{given} {sur}",)),),
    "Unit {num}, {enw} Business Park, {city}, United Kingdom",
    city=words("London, Manchester, Birmingham, Leeds, Glasgow, Bristol, Southampton, "
               "Felixstowe"),
    **_EN_SLOTS,
)

_TR_W = words("Anadolu, Yıldız, Ege, Marmara, Özkan, Demir, Kaya, Akdeniz, Karadeniz, Şahin, "
              "Aydın, Çelik, Arslan, Öztürk, Doğan, Yılmaz, Boğaziçi, Başkent, Uludağ, Ergün, "
              "Güneş, Toros, Kartal, Altın, Birlik, Erdem, Tekin, Polat")
TR = _latin(
    ((4, ("{tw} {ind} San. ve Tic. Ltd. Şti.",)), (2, ("{tw} {ind} Sanayi ve Ticaret A.Ş.",)),
     (2, ("{tw} {ind} Tic. Ltd. Şti.",)), (1, ("{tw} Dış Ticaret A.Ş.",)),
     (1, ("{tw} {ind} San. Tic. Ltd. Sti.",)),
     (1, ("{tw} {ind} Sanayi ve Ticaret Limited Şirketi",)),
     (5, ("{coin} {ind} San. ve Tic. Ltd. Şti.",)), (2, ("{coin} {ind} A.Ş.",)),
     (2, ("{tw} {coin} {ind} Tic. Ltd. Şti.",))),
    ((2, ("{tw} Lojistik ve Taşımacılık A.Ş.",)), (1, ("{tw} Uluslararası Nakliyat Ltd. Şti.",)),
     (3, ("{coin} Lojistik Ltd. Şti.",)), (1, ("{coin} Uluslararası Taşımacılık A.Ş.",))),
    ((1, ("{given} {sur}",)),),
    "{street} Cad. No:{num}, {district}, {city}, Turkey",
    tw=_TR_W, coin=COIN_TR,
    ind=words("Elektronik, Makina, Otomotiv, Tekstil, Kimya, Gıda, İnşaat, Enerji, Metal, "
              "Plastik, Medikal, Bilişim, Mühendislik, Rulman, Hırdavat"),
    given=words("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Ayşe, "
                "Fatma, Zeynep, Elif"),
    sur=words("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, "
              "Arslan, Doğan, Kılıç, Aslan, Çetin"),
    street=words("Atatürk, Cumhuriyet, İstiklal, İnönü, Fevzi Çakmak, Gazi"),
    district=words("Şişli, Kadıköy, Ümraniye, Ostim, Bayrampaşa, Esenyurt, Nilüfer, Tuzla"),
    city=words("İstanbul, Ankara, İzmir, Bursa, Mersin, Gaziantep, Kocaeli, Konya, Kayseri"),
)

_ARAB_W = words("Al Noor, Al Safa, Gulf Star, Emirates Star, Desert Rose, Al Baraka, Blue Ocean, "
                "Silver Line, Falcon Eye, New Horizon, White Pearl, Al Hamra, Royal Palm, "
                "Al Waha, Sahara, Al Fajr, Golden Sands, Oasis, Al Rashid, Al Zahra, Skyline, "
                "Red Sea, Arabian Gulf, Crescent, Zenith, Mirage, Al Yasmeen, Bin Saleh")
_ARAB_SLOTS = {
    "aw": _ARAB_W, "coin": COIN_EN,
    "ind": words("Electronics, Auto Spare Parts, Building Materials, Foodstuff, Computer, Mobile "
                 "Phones, Industrial Equipment, Heavy Equipment, Tyres, Marine Equipment"),
    "given": words("Mohammed, Ahmed, Ali, Omar, Khalid, Hassan, Hussein, Abdullah, Yousef, Saeed, "
                   "Rashid, Hamad, Fatima, Aisha, Mariam"),
    "sur": words("Al Mansoori, Al Hashimi, Al Suwaidi, Al Marzouqi, Al Falasi, Al Ketbi, "
                 "Al Nuaimi, Al Shamsi, Al Zaabi, Al Dhaheri, Khan, Sheikh, Rahman, Siddiqui"),
}
AE = _latin(
    ((4, ("{aw} General Trading LLC",)), (2, ("{aw} FZE",)), (2, ("{aw} FZCO",)),
     (2, ("{aw} {ind} Trading L.L.C.",)), (1, ("{aw} International FZ-LLC",)),
     (1, ("{aw} {ind} LLC",)), (1, ("{aw} DMCC",)), (3, ("{coin} {ind} Trading LLC",)),
     (2, ("{coin} General Trading FZE",)), (2, ("{sur} {coin} Trading L.L.C.",)),
     (1, ("{coin} FZCO",))),
    ((2, ("{aw} Shipping & Logistics LLC",)), (1, ("{aw} Cargo Services FZE",)),
     (1, ("{aw} Freight Forwarders L.L.C.",)), (3, ("{coin} Shipping LLC",)),
     (2, ("{coin} Cargo FZE",))),
    ((3, ("{given} {sur}",)), (1, ("{given} {given2} {sur}",))),
    "Office {room}, {aw} Building, {area}, {city}, UAE",
    area=words("Deira, Bur Dubai, Jebel Ali Free Zone, Dubai Silicon Oasis, Business Bay, "
               "Al Qusais, SAIF Zone, Ajman Free Zone, RAKEZ, JLT, DAFZA"),
    city=words("Dubai, Sharjah, Ajman, Abu Dhabi, Ras Al Khaimah"),
    given2=_ARAB_SLOTS["given"], **_ARAB_SLOTS,
)
SA = _latin(
    ((2, ("{aw} Trading Est.",)), (2, ("{aw} Co. Ltd.",)),
     (1, ("{aw} for Trading and Contracting",)), (2, ("{coin} {ind} Co. Ltd.",))),
    ((1, ("{aw} Logistics Co.",)),),
    ((1, ("{given} {sur}",)),),
    "P.O. Box {num}, {city}, Saudi Arabia",
    city=words("Riyadh, Jeddah, Dammam, Jubail"), **_ARAB_SLOTS,
)
EG = _latin(
    ((2, ("{aw} for Import and Export",)), (1, ("{aw} {ind} S.A.E.",)), (1, ("{aw} Co.",)),
     (2, ("{coin} for {ind}",))),
    ((1, ("{aw} Shipping Agency",)),),
    ((1, ("{given} {sur}",)),),
    "{num} {aw} St., {city}, Egypt",
    city=words("Cairo, Alexandria, Port Said, 10th of Ramadan City"), **_ARAB_SLOTS,
)
IL = _latin(
    ((2, ("{ilw} Ltd.",)), (1, ("{ilw} Technologies Ltd.",)), (1, ("{ilw} {ind} Ltd",)),
     (2, ("{coin} {ind} Ltd.",))),
    ((1, ("{ilw} Shipping Ltd.",)),),
    ((1, ("{given} {sur}",)),),
    "{num} {ilw} St., {city}, Israel",
    coin=COIN_EN, ilw=words("Orbit, Galil, Carmel, Negev, Tavor, Yarden, Hermon, Kinneret, Arava, Modiin"),
    ind=words("Electronics, Systems, Industries, Trading"),
    given=words("Yosef, David, Moshe, Avi, Noa, Yael"),
    sur=words("Cohen, Levi, Mizrahi, Peretz, Biton, Friedman"),
    city=words("Tel Aviv, Haifa, Petah Tikva, Rishon LeZion"),
)

STYLES = {"DE": DE, "IT": IT, "FR": FR, "ES": ES, "MX": MX, "BR": BR, "NL": NL, "PL": PL,
          "US": US, "CA": CA, "GB": GB, "TR": TR, "AE": AE, "SA": SA, "EG": EG, "IL": IL}
