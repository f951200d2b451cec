"""Name styles of East and South Asia: China (pinyin and Han), Hong Kong, Taiwan, Japan, Korea,
Vietnam, Thailand, Malaysia, Singapore, India. Vocabulary is generic (no real company names)."""

from __future__ import annotations

from itertools import product

from benchmarks.tradegen.style import COIN_EN, Style, slot, words

_SYL = (
    ("hua", "华"), ("xin", "信"), ("tian", "天"), ("long", "龙"), ("feng", "丰"), ("sheng", "盛"),
    ("da", "达"), ("hong", "宏"), ("jin", "金"), ("yuan", "源"), ("kang", "康"), ("mei", "美"),
    ("rui", "瑞"), ("xiang", "祥"), ("heng", "恒"), ("tai", "泰"), ("bo", "博"), ("chuang", "创"),
    ("zhi", "智"), ("wei", "威"), ("an", "安"), ("li", "力"), ("jia", "佳"), ("cheng", "诚"),
    ("yi", "亿"), ("fu", "富"), ("de", "德"), ("hai", "海"), ("ming", "明"), ("guang", "光"),
    ("tong", "通"), ("yu", "宇"), ("hao", "浩"), ("sen", "森"), ("xing", "兴"), ("jie", "捷"),
    ("teng", "腾"), ("ke", "科"), ("run", "润"), ("shun", "顺"), ("wan", "万"), ("chang", "昌"),
    ("lian", "联"), ("hui", "汇"), ("neng", "能"), ("qi", "启"), ("zhong", "中"), ("xu", "旭"),
)
_TRADE_NAMES = tuple((a.title() + b, ah + bh) for (a, ah), (b, bh) in product(_SYL, _SYL)
                     if a != b)
_CITIES = (
    ("Shenzhen", "深圳"), ("Guangzhou", "广州"), ("Dongguan", "东莞"), ("Shanghai", "上海"),
    ("Ningbo", "宁波"), ("Hangzhou", "杭州"), ("Suzhou", "苏州"), ("Xiamen", "厦门"),
    ("Yiwu", "义乌"), ("Qingdao", "青岛"), ("Tianjin", "天津"), ("Beijing", "北京"),
    ("Wuhan", "武汉"), ("Chengdu", "成都"), ("Xi'an", "西安"), ("Zhuhai", "珠海"),
    ("Foshan", "佛山"), ("Changsha", "长沙"), ("Hefei", "合肥"), ("Nanjing", "南京"),
    ("Wuxi", "无锡"), ("Jinan", "济南"), ("Zhengzhou", "郑州"), ("Fuzhou", "福州"),
    ("Quanzhou", "泉州"), ("Shenyang", "沈阳"), ("Dalian", "大连"), ("Harbin", "哈尔滨"),
    ("Kunming", "昆明"), ("Urumqi", "乌鲁木齐"), ("Changzhou", "常州"), ("Wenzhou", "温州"),
    ("Zhongshan", "中山"), ("Huizhou", "惠州"), ("Shantou", "汕头"), ("Taizhou", "台州"),
)
_INDUSTRIES = (
    ("Electronics", "电子"), ("Technology", "科技"), ("Intelligent Technology", "智能科技"),
    ("Precision Machinery", "精密机械"), ("Trading", "贸易"), ("Import & Export", "进出口"),
    ("Industrial", "实业"), ("New Energy Technology", "新能源科技"), ("Optoelectronics", "光电"),
    ("Semiconductor", "半导体"), ("Auto Parts", "汽车配件"), ("Hardware", "五金"),
    ("Plastic Products", "塑料制品"), ("Textile", "纺织"), ("Garments", "服饰"),
    ("Bearing", "轴承"), ("Machinery Equipment", "机械设备"),
    ("Communication Technology", "通信技术"), ("Electric Appliance", "电器"),
    ("Lighting", "照明"), ("Furniture", "家具"), ("Chemical", "化工"),
    ("Metal Products", "金属制品"), ("Medical Equipment", "医疗器械"), ("Instrument", "仪器"),
    ("Power Supply Technology", "电源科技"), ("Network Technology", "网络科技"),
    ("Industrial Automation", "工业自动化"), ("Commerce and Trade", "商贸"),
    ("Electronic Technology", "电子科技"), ("Photoelectric Technology", "光电科技"),
)
_FORMS = (("Co., Ltd.", "有限公司"), ("Co.,Ltd", "有限公司"), ("Company Limited", "有限公司"),
          ("Co., Ltd", "有限公司"), ("Group Co., Ltd.", "集团有限公司"), ("Co. Ltd.", "有限公司"))
_STREETS = (("Renmin", "人民"), ("Zhongshan", "中山"), ("Jiefang", "解放"), ("Jianshe", "建设"),
            ("Heping", "和平"), ("Xinhua", "新华"), ("Changjiang", "长江"), ("Keji", "科技"),
            ("Chuangye", "创业"), ("Gongye", "工业"), ("Binhai", "滨海"), ("Huanshi", "环市"))
_DISTRICTS = (("Nanshan", "南山"), ("Futian", "福田"), ("Bao'an", "宝安"), ("Longgang", "龙岗"),
              ("Pudong", "浦东"), ("Minhang", "闵行"), ("Tianhe", "天河"), ("Haidian", "海淀"),
              ("Chaoyang", "朝阳"), ("Jiangbei", "江北"), ("Xihu", "西湖"), ("Binjiang", "滨江"),
              ("Huli", "湖里"), ("Siming", "思明"), ("Longhua", "龙华"), ("Huangpu", "黄埔"))
_FAMILY = (("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
           ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"),
           ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"),
           ("He", "何"), ("Lin", "林"), ("Luo", "罗"), ("Gao", "高"), ("Zheng", "郑"),
           ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"), ("Han", "韩"),
           ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"))
_GIVEN1 = (("Wei", "伟"), ("Fang", "芳"), ("Na", "娜"), ("Min", "敏"), ("Jing", "静"),
           ("Lei", "磊"), ("Jun", "军"), ("Yong", "勇"), ("Jie", "杰"), ("Tao", "涛"),
           ("Ming", "明"), ("Chao", "超"), ("Hui", "慧"), ("Yan", "燕"), ("Qiang", "强"),
           ("Ping", "平"), ("Gang", "刚"), ("Hua", "华"), ("Lin", "琳"), ("Xin", "欣"))
_GIVEN_PRE = (("Xiao", "小"), ("Jian", "建"), ("Zhi", "志"), ("Hai", "海"), ("Guo", "国"),
              ("Wen", "文"), ("Yu", "玉"), ("Li", "丽"), ("Hong", "红"), ("Jia", "嘉"))
_GIVEN = _GIVEN1 + tuple((a + b.lower(), ah + bh) for (a, ah), (b, bh)
                         in product(_GIVEN_PRE, _GIVEN1))

CN = Style(
    scripts=("latin", "han"), script_weights=(0.82, 0.18),
    company=(
        (6, ("{city} {tn} {ind} {form}", "{city}市{tn}{ind}{form}")),
        (2, ("{tn} ({city}) {ind} {form}", "{tn}（{city}）{ind}{form}")),
        (1, ("{tn} {ind} {form}", "{tn}{ind}{form}")),
        (1, ("{city} {tn} {ind} Co.,Ltd.", "{city}{tn}{ind}有限责任公司")),
    ),
    logistics=(
        (3, ("{city} {tn} International Logistics Co., Ltd.", "{city}市{tn}国际物流有限公司")),
        (2, ("{tn} Supply Chain Management ({city}) Co., Ltd.", "{tn}供应链管理（{city}）有限公司")),
        (2, ("{city} {tn} International Freight Forwarding Co., Ltd.",
             "{city}{tn}国际货运代理有限公司")),
    ),
    person=((3, ("{fam} {given}", "{fam}{given}")), (2, ("{given} {fam}", "{fam}{given}")),
            (1, ("{fam_up} {given}", "{fam}{given}"))),
    address=("Room {room}, No. {num} {street} Road, {district} District, {city}, China",
             "中国{city}市{district}区{street}路{num}号{room}室"),
    slots={"tn": slot(_TRADE_NAMES), "city": slot(_CITIES), "ind": slot(_INDUSTRIES),
           "form": slot(_FORMS), "street": slot(_STREETS), "district": slot(_DISTRICTS),
           "fam": slot(_FAMILY), "fam_up": slot((f.upper(), h) for f, h in _FAMILY),
           "given": slot(_GIVEN)},
)

_CANTO = words("Wing Hong, Kam Fung, Tak Shing, Yue Hing, Fook Lee, Kwong Fat, Sun Hing, Wah Kee, "
               "Chun Wo, Hing Lung, Man Fai, Po Kwong, Shun Tak, Tai Hing, Yau Wing, Kin Wah")
_HK_EN = words("Golden, Asia Pacific, Eastern, Pacific Rim, Dragon, Star, Victory, Great Wall, "
               "Harbour, Pearl River, Everbright, Lucky, Grand, Oriental, Kowloon, Victoria")
_HK_IND = words("Electronics, Technology, Trading, Industrial, International Trading, Holdings, "
                "Components, Enterprise, Development, Semiconductor, Supply Chain")
HK = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{canto} {hkind} Limited",)), (2, ("{tn} {hkind} (HK) Co., Limited",)),
             (2, ("{hken} {hkind} Company Limited",)), (1, ("Hong Kong {tn} {hkind} Limited",)),
             (1, ("{hken} {canto} {hkind} Ltd",))),
    logistics=((2, ("{canto} Freight Forwarding Limited",)), (1, ("{hken} Logistics (HK) Ltd",)),
               (3, ("{tn} Logistics (HK) Limited",)),
               (1, ("{tn} International Shipping Co., Limited",))),
    person=((3, ("{cfam} {cgiven}",)), (1, ("{cgiven} {cfam}",))),
    address=("Flat {room}, {num} {hkst} Road, {hkdist}, Hong Kong",),
    slots={"canto": slot(_CANTO), "hken": slot(_HK_EN), "hkind": slot(_HK_IND),
           "tn": slot(t for t, _ in _TRADE_NAMES[::7]),
           "cfam": slot(words("Chan, Wong, Leung, Cheung, Lau, Lee, Ho, Ng, Chow, Tsang, Lam, "
                              "Yip, Tang, Kwok, Law")),
           "cgiven": slot(words("Ka Ming, Wai Kit, Siu Fung, Chi Keung, Man Yee, Wing Sze, "
                                "Kwok Wai, Hoi Yan, Tsz Ho, Pui Shan")),
           "hkst": slot(words("Nathan, Queen's, Hennessy, Castle Peak, Kwun Tong, Hoi Bun, "
                              "Wai Yip, Tsun Yip, Canton, Des Voeux")),
           "hkdist": slot(words("Kwun Tong, Kowloon, Tsim Sha Tsui, Wan Chai, Sheung Wan, "
                                "Mong Kok, Tsuen Wan, Kwai Chung, Sha Tin"))},
)

_WG = words("Hsin, Hua, Kuo, Tai, Ta, Yu, Fu, Sheng, Lung, Feng, Chia, Hung, Yi, Chang, Chung, "
            "Tung, Ming, Kuang, Jui, Te")
TW = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{wg} {wg2} {twind} Co., Ltd.",)), (1, ("{wg} {wg2} {twind} Corp.",)),
             (1, ("{wg}{wg2_l} Technology Inc.",))),
    logistics=((1, ("{wg} {wg2} Freight Co., Ltd.",)),),
    person=((1, ("{wg} {wg2}-{wg2_l}",)),),
    address=("No. {num}, {wg} Rd., {twcity}, Taiwan",),
    slots={"wg": slot(_WG), "wg2": slot(_WG), "wg2_l": slot(w.lower() for w in _WG),
           "twind": slot(words("Precision Industrial, Electronics, Electric, Optical, Industrial, "
                               "Machinery, Semiconductor, Technology")),
           "twcity": slot(words("Taipei, New Taipei City, Taoyuan, Hsinchu, Taichung, Tainan, "
                                "Kaohsiung"))},
)

JP = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{jw} {jind} Co., Ltd.",)), (1, ("{jw} Corporation",)),
             (1, ("Kabushiki Kaisha {jw} {jind}",)), (1, ("{jw} {jind} K.K.",)),
             (2, ("{coin} {jind} Co., Ltd.",))),
    logistics=((1, ("{jw} Unyu Co., Ltd.",)), (1, ("{jw} Logistics Corporation",)),
               (2, ("{coin} Logistics Co., Ltd.",))),
    person=((2, ("{jfam} {jgiven}",)), (1, ("{jgiven} {jfam}",))),
    address=("{num}-{room} {jw}-cho, {jcity}, Japan",),
    slots={"coin": slot(COIN_EN), "jw": slot(words("Tanaka, Yamada, Nippon, Tokyo, Osaka, Kansai, Fuji, Sakura, "
                            "Mitsuwa, Daiichi, Sanwa, Toyo, Kyowa, Shinwa, Taiyo, Hokuto, "
                            "Nakamura, Kobayashi, Matsuda, Sato, Chubu, Kanto")),
           "jind": slot(words("Electric, Seiki, Kogyo, Shoji, Denki, Trading, Precision, "
                              "Machinery, Electronics, Sangyo")),
           "jfam": slot(words("Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, "
                              "Nakamura, Kobayashi, Kato")),
           "jgiven": slot(words("Hiroshi, Takashi, Kenji, Yuki, Akira, Satoshi, Naoko, Yoko, "
                                "Keiko, Daisuke")),
           "jcity": slot(words("Tokyo, Osaka, Nagoya, Yokohama, Kobe, Kyoto, Hamamatsu"))},
)

KR = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{kw} {kind} Co., Ltd.",)), (1, ("{kw} Corporation",)),
             (1, ("{kw} Tech Co., Ltd.",)), (3, ("{coin} {kind} Co., Ltd.",))),
    logistics=((1, ("{kw} Logistics Co., Ltd.",)), (1, ("{kw} Shipping Co., Ltd.",)),
               (2, ("{coin} Logistics Co., Ltd.",))),
    person=((2, ("{kfam} {kgiven}",)), (1, ("{kgiven} {kfam}",))),
    address=("{num}, {kw}-ro, {kcity}, Korea",),
    slots={"coin": slot(COIN_EN), "kw": slot(words("Daewon, Hanil, Samjin, Dongyang, Sejin, Jinsung, Woojin, "
                            "Shinsung, Hansol, Sungwoo, Daesung, Kukje, Seoul, Busan, Taeyang")),
           "kind": slot(words("Electronics, Industrial, Precision, Chemical, Machinery, "
                              "Trading, Steel, Semitech")),
           "kfam": slot(words("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim")),
           "kgiven": slot(words("Min-jun, Seo-yeon, Ji-hoon, Hyun-woo, Soo-jin, Dong-hyun, "
                                "Ji-won, Sung-min")),
           "kcity": slot(words("Seoul, Busan, Incheon, Suwon, Changwon, Ulsan, Daegu"))},
)

_VN = words("Thanh Cong, Hoang Long, Minh Phat, Viet Tien, An Phat, Phu Thai, Hung Thinh, "
            "Dai Phat, Tan Hoa, Sao Mai, Hoa Binh, Phuong Dong, Thien An, Kim Long")
VN = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{vn} {vnind} Company Limited",)), (1, ("Cong ty TNHH {vn}",)),
             (1, ("{vn} Joint Stock Company",)), (1, ("Công ty TNHH {vn}",)),
             (3, ("{vnfam} {vn} {vnind} Co., Ltd",)), (2, ("{coin} {vnind} Company Limited",))),
    logistics=((1, ("{vn} Logistics Company Limited",)),),
    person=((1, ("{vnfam} {vnmid} {vngiven}",)),),
    address=("No. {num}, {vn} Street, {vncity}, Vietnam",),
    slots={"vn": slot(_VN), "coin": slot(COIN_EN),
           "vnind": slot(words("Trading, Electronics, Garment, Technology, Industrial, Import "
                               "Export")),
           "vnfam": slot(words("Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Do")),
           "vnmid": slot(words("Van, Thi, Duc, Minh, Quoc, Thanh")),
           "vngiven": slot(words("An, Binh, Cuong, Dung, Hai, Lan, Linh, Nam, Phuong, Tuan")),
           "vncity": slot(words("Ho Chi Minh City, Hanoi, Hai Phong, Da Nang, Binh Duong, "
                                "Bac Ninh"))},
)

TH = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{th} {thind} Co., Ltd.",)), (1, ("{th} Public Company Limited",)),
             (3, ("{coin} {thind} Co., Ltd.",))),
    logistics=((1, ("{th} Transport Co., Ltd.",)),),
    person=((1, ("{thgiven} {thfam}",)),),
    address=("{num} Moo {room}, {th} Road, {thcity}, Thailand",),
    slots={"coin": slot(COIN_EN), "th": slot(words("Siam, Thai, Bangkok, Chao Phraya, Rattana, Somboon, Charoen, "
                            "Sirivat, Mahachai, Krung, Sukhumvit, Lanna")),
           "thind": slot(words("Industrial, Electric, Auto Parts, Rubber, Trading, Food")),
           "thgiven": slot(words("Somchai, Somsak, Prasert, Anan, Niran, Malee, Siriporn")),
           "thfam": slot(words("Srisuk, Saetang, Wongsawat, Chaiyaporn, Rattanakorn")),
           "thcity": slot(words("Bangkok, Samut Prakan, Chonburi, Rayong, Ayutthaya"))},
)

MY = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{my} {myind} Sdn. Bhd.",)), (1, ("{my} {myind} Sdn Bhd",)),
             (1, ("{my} Berhad",)), (3, ("{coin} {myind} Sdn. Bhd.",))),
    logistics=((1, ("{my} Logistics Sdn. Bhd.",)),),
    person=((1, ("{mygiven} bin {myfather}",)), (1, ("{mygiven_f} binti {myfather}",))),
    address=("No. {num}, Jalan {my}, {zip5} {mycity}, Malaysia",),
    slots={"coin": slot(COIN_EN), "my": slot(words("Perdana, Mutiara, Sinar, Cahaya, Jaya, Bintang, Maju, Gemilang, "
                            "Kinabalu, Seri, Intan, Wawasan")),
           "myind": slot(words("Electronics, Industries, Trading, Engineering, Technology, "
                               "Resources")),
           "mygiven": slot(words("Ahmad, Mohd Faizal, Azman, Rosli, Hafiz, Ismail")),
           "mygiven_f": slot(words("Nur Aisyah, Siti Nor, Farah, Nurul Huda")),
           "myfather": slot(words("Abdullah, Ismail, Hassan, Yusof, Rahman, Osman")),
           "mycity": slot(words("Kuala Lumpur, Penang, Johor Bahru, Shah Alam, Klang, Ipoh"))},
)

_EN_WORDS = words("Atlas, Summit, Pioneer, Liberty, Eagle, Keystone, Frontier, Pinnacle, Apex, "
                  "Meridian, Beacon, Horizon, Sterling, Vanguard, Northstar, Bluewater, Redwood, "
                  "Granite, Cascade, Evergreen, Ironwood, Coastal, Crown, Empire, Premier, Delta")
SG = Style(
    scripts=("latin",), script_weights=(1,),
    company=((3, ("{enw} {sgind} Pte. Ltd.",)), (1, ("{enw} {sgind} Pte Ltd",)),
             (1, ("{canto} {sgind} Pte. Ltd.",)), (3, ("{coin} {sgind} Pte. Ltd.",))),
    logistics=((1, ("{enw} Shipping Pte. Ltd.",)), (1, ("{enw} Freight Services Pte Ltd",)),
               (3, ("{coin} Logistics Pte. Ltd.",))),
    person=((1, ("{cfam} {cgiven}",)),),
    address=("{num} {enw} Road, #{room}, Singapore {zip6}",),
    slots={"enw": slot(_EN_WORDS), "canto": slot(_CANTO), "coin": slot(COIN_EN),
           "sgind": slot(words("Electronics, Trading, Technologies, Engineering, Marine, "
                               "Components, Resources, Global")),
           "cfam": slot(words("Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua")),
           "cgiven": slot(words("Wei Ming, Boon Keng, Siew Ling, Kok Wah, Hui Min"))},
)

IN = Style(
    scripts=("latin",), script_weights=(1,),
    company=((4, ("{iw} {iind} Pvt. Ltd.",)), (2, ("{iw} {iind} Private Limited",)),
             (1, ("{iw} Exports",)), (1, ("{iw} Industries Ltd.",)), (1, ("M/s {iw} {iind}",)),
             (3, ("{ifam} {iind} Pvt. Ltd.",)), (3, ("{coin} {iind} Pvt. Ltd.",))),
    logistics=((1, ("{iw} Logistics Pvt. Ltd.",)), (1, ("{iw} Freight Carriers",)),
               (3, ("{coin} Logistics Pvt. Ltd.",))),
    person=((3, ("{igiven} {ifam}",)), (1, ("{igiven} Kumar {ifam}",))),
    address=("Plot No. {num}, {iw} Industrial Area, {icity} - {zip6}, India",),
    slots={"coin": slot(COIN_EN), "iw": slot(words("Shree Ganesh, Sai Krishna, Bharat, Laxmi, Om Sai, Surya, Vishal, "
                            "Mahalaxmi, Patel, Agarwal, Gupta, Shah, Mehta, Jain, Balaji, "
                            "Hindustan, Deccan, Kaveri, Ganga, Narmada, Sri Venkateswara")),
           "iind": slot(words("Engineering, Electricals, Enterprises, Traders, Polymers, "
                              "Pharma, Textiles, Impex, Overseas, Components, Technologies")),
           "igiven": slot(words("Rajesh, Suresh, Amit, Sanjay, Vijay, Anil, Ravi, Sunil, "
                                "Deepak, Priya, Anita, Pooja")),
           "ifam": slot(words("Sharma, Verma, Patel, Gupta, Singh, Kumar, Reddy, Nair, Iyer, "
                              "Shah, Mehta, Agarwal, Joshi, Rao")),
           "icity": slot(words("Mumbai, New Delhi, Chennai, Bengaluru, Pune, Ahmedabad, "
                               "Ludhiana, Kolkata, Hyderabad"))},
)

STYLES = {"CN": CN, "HK": HK, "TW": TW, "JP": JP, "KR": KR, "VN": VN, "TH": TH, "MY": MY,
          "SG": SG, "IN": IN}
