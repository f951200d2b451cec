"""HS 2022 subheadings with trade weights, unit prices and declaration texts in EN/RU/ZH.

``level``: ``ordinary`` goods may go anywhere; ``sensitive`` goods are named as candidates in
export_control_facts.yaml (vehicles, motors, Li-ion cells, titanium, carbon fibre ...);
``controlled`` goods are Common High Priority List items or core dual-use categories (UAVs, marine
diesels, turbines, radar, night vision). Background rows that touch a risky country only carry
``ordinary`` goods; planted rows carry ``controlled`` ones with matching descriptions.
Weights are relative shares of rows (electronics and machinery heavy, like real trade).
"""

from __future__ import annotations

from typing import NamedTuple


class HsItem(NamedTuple):
    hs6: str
    level: str  # ordinary | sensitive | controlled
    group: str
    weight: float
    price: float  # median USD per unit
    unit: str  # pcs | kg | set
    en: tuple[str, ...]
    ru: tuple[str, ...]
    zh: tuple[str, ...]


def _i(hs6: str, level: str, group: str, weight: float, price: float, unit: str,
       en: str, ru: str, zh: str) -> HsItem:
    return HsItem(hs6, level, group, weight, price, unit, tuple(en.split(" | ")),
                  tuple(ru.split(" | ")), tuple(zh.split(" | ")))


ORD, SEN, CTL = "ordinary", "sensitive", "controlled"

HS_TABLE: tuple[HsItem, ...] = (
    # --- food and agriculture
    _i("080810", ORD, "food", 1.0, 1.1, "kg", "Fresh apples | Apples, fresh, in cartons", "Яблоки свежие", "新鲜苹果"),
    _i("080390", ORD, "food", 0.8, 0.9, "kg", "Fresh bananas | Bananas, fresh", "Бананы свежие", "新鲜香蕉"),
    _i("090111", ORD, "food", 0.5, 4.5, "kg", "Green coffee beans, not roasted", "Кофе зеленый в зернах", "未焙炒咖啡豆"),
    _i("100630", ORD, "food", 0.6, 0.7, "kg", "Milled rice | Long grain white rice", "Рис шлифованный", "精米"),
    _i("220421", ORD, "food", 0.4, 6.0, "pcs", "Red wine in bottles 0.75 l", "Вино красное сухое в бутылках", "瓶装红葡萄酒"),
    _i("030389", ORD, "food", 0.5, 3.2, "kg", "Frozen fish | Frozen mackerel", "Рыба мороженая", "冻鱼"),
    _i("200990", ORD, "food", 0.3, 1.5, "kg", "Mixed fruit juice", "Соки фруктовые смешанные", "混合果汁"),
    _i("210690", ORD, "food", 0.5, 5.0, "kg", "Food preparations n.e.s. | Food supplements", "Пищевые продукты прочие | БАД", "食品制剂"),
    # --- chemicals, plastics, rubber, paper, wood
    _i("300490", ORD, "pharma", 1.2, 40.0, "kg", "Medicaments in packaged doses | Pharmaceutical tablets", "Лекарственные средства в дозированном виде", "已配定剂量的药品"),
    _i("330499", ORD, "chemicals", 0.8, 12.0, "kg", "Cosmetic creams | Skin care preparations", "Косметические кремы", "护肤品"),
    _i("340220", ORD, "chemicals", 0.5, 1.8, "kg", "Washing preparations | Laundry detergent", "Моющие средства", "洗涤剂"),
    _i("390110", ORD, "plastics", 1.0, 1.3, "kg", "Polyethylene granules LDPE", "Полиэтилен в гранулах", "低密度聚乙烯颗粒"),
    _i("392690", ORD, "plastics", 1.5, 6.0, "kg", "Articles of plastics n.e.s. | Plastic parts", "Изделия из пластмасс прочие", "塑料制品"),
    _i("401110", ORD, "rubber", 1.0, 45.0, "pcs", "New pneumatic tyres for passenger cars", "Шины пневматические новые для легковых автомобилей", "乘用车用新充气轮胎"),
    _i("481910", ORD, "paper", 0.6, 1.2, "kg", "Corrugated paper cartons", "Коробки из гофрированного картона", "瓦楞纸箱"),
    _i("440710", ORD, "wood", 0.5, 0.4, "kg", "Sawn coniferous wood | Pine lumber", "Пиломатериалы хвойных пород", "针叶木锯材"),
    # --- textiles, footwear
    _i("610910", ORD, "textiles", 1.5, 3.0, "pcs", "Cotton T-shirts, knitted | Men's T-shirts", "Футболки хлопчатобумажные трикотажные", "棉制针织T恤衫"),
    _i("620342", ORD, "textiles", 1.2, 9.0, "pcs", "Men's cotton trousers | Jeans", "Брюки мужские хлопчатобумажные | Джинсы", "男式棉制长裤 | 牛仔裤"),
    _i("611020", ORD, "textiles", 0.8, 7.0, "pcs", "Cotton sweaters, knitted", "Свитеры хлопчатобумажные", "棉制针织套头衫"),
    _i("640299", ORD, "footwear", 1.2, 8.0, "pcs", "Footwear with rubber soles | Sports shoes", "Обувь на резиновой подошве | Кроссовки", "橡胶底鞋 | 运动鞋"),
    _i("630231", ORD, "textiles", 0.5, 6.0, "pcs", "Bed linen of cotton", "Постельное белье хлопчатобумажное", "棉制床上用品"),
    _i("420292", ORD, "leather", 0.6, 5.0, "pcs", "Travel bags of textile | Backpacks", "Сумки дорожные текстильные | Рюкзаки", "纺织材料制旅行包 | 背包"),
    _i("520942", ORD, "textiles", 0.4, 4.0, "kg", "Denim fabric, cotton", "Ткань джинсовая хлопчатобумажная", "棉制牛仔布"),
    # --- metals
    _i("721049", ORD, "steel", 1.2, 0.9, "kg", "Galvanized steel sheet in coils", "Прокат оцинкованный в рулонах", "镀锌钢板卷"),
    _i("730890", ORD, "steel", 1.0, 1.6, "kg", "Steel structures and parts", "Металлоконструкции стальные", "钢结构件"),
    _i("731815", ORD, "steel", 1.3, 2.5, "kg", "Steel bolts and screws | Hex bolts with nuts", "Болты и винты стальные", "钢制螺栓及螺钉"),
    _i("732393", ORD, "steel", 0.6, 4.0, "kg", "Stainless steel kitchenware", "Посуда кухонная из нержавеющей стали", "不锈钢厨具"),
    _i("760429", ORD, "aluminium", 0.8, 3.5, "kg", "Aluminium alloy profiles", "Профили из алюминиевых сплавов", "铝合金型材"),
    _i("741110", ORD, "copper", 0.4, 9.0, "kg", "Refined copper tubes", "Трубы из рафинированной меди", "精炼铜管"),
    _i("690721", ORD, "ceramics", 0.6, 0.5, "kg", "Ceramic floor tiles", "Плитка керамическая напольная", "陶瓷地砖"),
    # --- furniture, toys, misc
    _i("940360", ORD, "furniture", 1.2, 60.0, "pcs", "Wooden furniture | Wooden cabinets", "Мебель деревянная", "木制家具"),
    _i("940161", ORD, "furniture", 0.8, 45.0, "pcs", "Upholstered seats with wooden frames | Sofas", "Мебель для сидения мягкая | Диваны", "木框架软垫座具 | 沙发"),
    _i("950300", ORD, "toys", 1.2, 4.0, "pcs", "Plastic toys | Children's toys", "Игрушки пластмассовые | Игрушки детские", "塑料玩具 | 儿童玩具"),
    _i("950691", ORD, "sports", 0.6, 35.0, "pcs", "Fitness equipment | Exercise bikes", "Тренажеры спортивные", "健身器材"),
    _i("940542", ORD, "lighting", 0.9, 12.0, "pcs", "LED lamps and lighting fittings | LED panel lights", "Светильники светодиодные", "LED灯具"),
    _i("961900", ORD, "hygiene", 0.5, 0.2, "pcs", "Baby diapers", "Подгузники детские", "婴儿纸尿裤"),
    _i("871200", ORD, "vehicles", 0.4, 90.0, "pcs", "Bicycles, not motorised", "Велосипеды", "自行车"),
    _i("700992", ORD, "glass", 0.3, 15.0, "pcs", "Framed glass mirrors", "Зеркала стеклянные в рамах", "带框玻璃镜"),
    # --- ordinary machinery and electrical goods
    _i("841510", ORD, "appliances", 1.2, 220.0, "pcs", "Split air conditioners | Wall-mounted air conditioner", "Кондиционеры сплит-системы", "分体式空调"),
    _i("841810", ORD, "appliances", 0.9, 300.0, "pcs", "Combined refrigerator-freezers", "Холодильники комбинированные", "冷藏冷冻组合机"),
    _i("845011", ORD, "appliances", 0.8, 180.0, "pcs", "Fully automatic washing machines", "Машины стиральные автоматические", "全自动洗衣机"),
    _i("848180", ORD, "machinery", 1.5, 25.0, "pcs", "Valves and taps | Ball valves", "Краны и клапаны | Шаровые краны", "阀门 | 球阀"),
    _i("841370", ORD, "machinery", 1.0, 350.0, "pcs", "Centrifugal pumps | Water pumps", "Насосы центробежные", "离心泵"),
    _i("842952", ORD, "machinery", 0.5, 85000.0, "pcs", "Hydraulic excavators, 360 degree revolving", "Экскаваторы гидравлические полноповоротные", "全回转液压挖掘机"),
    _i("843149", ORD, "machinery", 0.6, 400.0, "kg", "Parts of excavators and cranes", "Части экскаваторов и кранов", "挖掘机及起重机零件"),
    _i("851713", ORD, "electronics", 2.0, 180.0, "pcs", "Smartphones | Mobile phones", "Смартфоны | Телефоны мобильные", "智能手机 | 手机"),
    _i("852872", ORD, "electronics", 1.0, 250.0, "pcs", "LED television sets | Smart TV", "Телевизоры светодиодные", "液晶电视机"),
    _i("851660", ORD, "appliances", 0.7, 40.0, "pcs", "Electric ovens and cookers | Microwave ovens", "Печи электрические | Микроволновые печи", "电烤箱 | 微波炉"),
    _i("850980", ORD, "appliances", 0.8, 25.0, "pcs", "Electromechanical domestic appliances | Blenders", "Электробытовые приборы | Блендеры", "家用电动器具 | 搅拌机"),
    _i("851830", ORD, "electronics", 1.0, 12.0, "pcs", "Headphones and earphones | Bluetooth headsets", "Наушники | Гарнитуры беспроводные", "耳机 | 蓝牙耳机"),
    _i("854442", ORD, "electrical", 1.4, 3.0, "kg", "Insulated electric cables with connectors", "Кабели электрические изолированные с соединителями", "带接头的绝缘电缆"),
    _i("850720", ORD, "electrical", 0.5, 60.0, "pcs", "Lead-acid accumulators | Car batteries", "Аккумуляторы свинцовые", "铅酸蓄电池"),
    # --- sensitive (candidates in the facts file; not CHPL)
    _i("870323", SEN, "vehicles", 1.2, 18000.0, "pcs", "Passenger cars, petrol, 1500-3000 cc | SUV", "Автомобили легковые бензиновые | Внедорожник", "汽油乘用车 | 越野车"),
    _i("870421", SEN, "vehicles", 0.4, 22000.0, "pcs", "Pick-up trucks, diesel", "Автомобили грузовые пикапы дизельные", "柴油皮卡"),
    _i("870899", SEN, "vehicles", 1.8, 8.0, "kg", "Parts and accessories of motor vehicles | Auto parts", "Части и принадлежности автомобилей | Автозапчасти", "汽车零配件"),
    _i("850760", SEN, "electrical", 1.0, 90.0, "pcs", "Lithium-ion accumulators | Li-ion battery packs", "Аккумуляторы литий-ионные", "锂离子蓄电池"),
    _i("850131", SEN, "electrical", 0.7, 35.0, "pcs", "DC motors, output not exceeding 750 W | Brushless DC motors", "Двигатели постоянного тока | Бесколлекторные двигатели", "直流电动机 | 无刷电机"),
    _i("840820", SEN, "engines", 0.4, 5500.0, "pcs", "Diesel engines for vehicles", "Двигатели дизельные для транспортных средств", "车用柴油发动机"),
    _i("850211", SEN, "engines", 0.3, 9000.0, "set", "Diesel generating sets, output <= 75 kVA", "Дизель-генераторные установки", "柴油发电机组"),
    _i("848340", SEN, "machinery", 0.6, 300.0, "pcs", "Gearboxes and speed reducers", "Редукторы и коробки передач", "齿轮箱及减速器"),
    _i("847130", SEN, "computers", 1.5, 650.0, "pcs", "Laptop computers | Notebook computers", "Ноутбуки", "笔记本电脑"),
    _i("853710", SEN, "electrical", 0.6, 900.0, "pcs", "Control panels for voltage <= 1000 V | Numerical controls", "Пульты и панели управления | Системы ЧПУ", "控制面板 | 数控装置"),
    _i("681511", SEN, "materials", 0.2, 25.0, "kg", "Carbon fibres", "Углеродное волокно", "碳纤维"),
    _i("810890", SEN, "metals", 0.2, 30.0, "kg", "Titanium alloy bars and rods", "Прутки из титанового сплава", "钛合金棒材"),
    # --- controlled: CHPL (2024-02-23) and core dual-use categories
    _i("854231", CTL, "integrated_circuits", 1.5, 4.0, "pcs", "Electronic integrated circuits: processors and controllers | Microcontrollers MCU | FPGA chips", "Электронные интегральные схемы: процессоры и контроллеры | Микроконтроллеры", "集成电路处理器及控制器 | 微控制器芯片"),
    _i("854232", CTL, "integrated_circuits", 0.9, 3.0, "pcs", "Electronic integrated circuits: memories | DRAM memory chips | NAND flash memory", "Интегральные схемы памяти | Микросхемы памяти", "集成电路存储器 | 存储芯片"),
    _i("854233", CTL, "integrated_circuits", 0.5, 2.0, "pcs", "Electronic integrated circuits: amplifiers | RF amplifier ICs", "Интегральные схемы: усилители | Микросхемы усилителей", "集成电路放大器"),
    _i("854239", CTL, "integrated_circuits", 1.0, 2.5, "pcs", "Electronic integrated circuits, other | ADC/DAC ICs", "Интегральные схемы прочие | Микросхемы АЦП", "其他集成电路 | 模数转换芯片"),
    _i("851762", CTL, "telecom_rf", 1.6, 80.0, "pcs", "Machines for reception, conversion and transmission of data | Wireless transceiver modules | Network routers", "Аппаратура для приема и передачи данных | Приемопередатчики беспроводные", "数据接收转换及发送设备 | 无线收发模块"),
    _i("852691", CTL, "navigation_gnss", 0.5, 60.0, "pcs", "Radio navigational aid apparatus | GNSS receiver modules | GPS modules", "Аппаратура радионавигационная | ГНСС-приемники | Навигационный модуль ГЛОНАСС/GPS", "无线电导航设备 | 卫星导航接收模块 | 北斗导航模块"),
    _i("853221", CTL, "passive_components", 0.5, 0.3, "pcs", "Tantalum capacitors", "Конденсаторы танталовые", "钽电容器"),
    _i("853224", CTL, "passive_components", 0.8, 0.05, "pcs", "Multilayer ceramic capacitors MLCC", "Конденсаторы керамические многослойные", "多层陶瓷电容器"),
    _i("854800", CTL, "electronics_other", 0.5, 5.0, "pcs", "Electrical parts of machinery n.e.s.", "Электрические части машин и оборудования", "机器的电气零件"),
    _i("847150", CTL, "computers", 1.0, 900.0, "pcs", "Processing units for automatic data processing machines | Servers", "Блоки обработки данных | Серверы", "数据处理部件 | 服务器"),
    _i("850440", CTL, "power_electronics", 1.4, 40.0, "pcs", "Static converters | Power supplies | Inverters", "Преобразователи статические | Блоки питания | Инверторы", "静止式变流器 | 电源适配器 | 逆变器"),
    _i("851769", CTL, "telecom_rf", 0.7, 120.0, "pcs", "Apparatus for transmission or reception of voice, images or data | Radio transceivers", "Аппаратура для передачи и приема данных | Радиостанции", "发送或接收声音图像数据的设备 | 对讲机"),
    _i("852589", CTL, "cameras_imaging", 0.8, 150.0, "pcs", "Digital cameras and video camera recorders | Thermal imaging cameras", "Камеры цифровые | Тепловизионная камера", "数码相机及摄像机 | 热成像相机"),
    _i("852910", CTL, "telecom_rf", 0.5, 15.0, "pcs", "Aerials and antennas | GNSS antennas", "Антенны | Антенны ГНСС", "天线 | 导航天线"),
    _i("853669", CTL, "connectors", 0.8, 0.8, "pcs", "Plugs and sockets <= 1000 V | Connectors", "Соединители и разъемы | Вилки и розетки", "插头及插座 | 连接器"),
    _i("854110", CTL, "discrete_semiconductors", 0.5, 0.05, "pcs", "Diodes | Rectifier diodes", "Диоды | Диоды выпрямительные", "二极管"),
    _i("854129", CTL, "discrete_semiconductors", 0.6, 1.5, "pcs", "Transistors | Power MOSFET transistors", "Транзисторы | Транзисторы полевые", "晶体管 | 功率场效应晶体管"),
    _i("848210", CTL, "bearings", 1.0, 3.0, "pcs", "Ball bearings | Deep groove ball bearings", "Подшипники шариковые", "球轴承 | 深沟球轴承"),
    _i("848220", CTL, "bearings", 0.5, 8.0, "pcs", "Tapered roller bearings", "Подшипники роликовые конические", "圆锥滚子轴承"),
    _i("880730", CTL, "aircraft_uav_parts", 0.2, 150.0, "pcs", "Parts of aeroplanes, helicopters or unmanned aircraft | UAV parts | Flight controllers", "Части летательных аппаратов | Части беспилотных летательных аппаратов", "飞机直升机或无人机零件 | 无人机配件 | 飞控"),
    _i("901380", CTL, "optics", 0.3, 400.0, "pcs", "Optical devices n.e.s. | Thermal imagers | Night vision devices", "Приборы оптические прочие | Тепловизоры | Приборы ночного видения", "其他光学器具 | 热像仪 | 夜视仪"),
    _i("901420", CTL, "navigation_gnss", 0.1, 2500.0, "pcs", "Aeronautical navigation instruments | Inertial measurement units IMU", "Приборы навигационные авиационные | Инерциальная навигационная система", "航空导航仪器 | 惯性测量单元"),
    _i("847180", CTL, "computers", 0.6, 120.0, "pcs", "Units of automatic data processing machines", "Блоки вычислительных машин", "自动数据处理设备部件"),
    _i("848620", CTL, "semiconductor_mfg", 0.1, 250000.0, "pcs", "Machines for the manufacture of semiconductor devices", "Оборудование для производства полупроводниковых приборов", "制造半导体器件的机器"),
    _i("853400", CTL, "pcb", 1.0, 2.0, "pcs", "Printed circuit boards | PCB", "Платы печатные", "印刷电路板"),
    _i("854320", CTL, "test_equipment", 0.2, 3000.0, "pcs", "Signal generators", "Генераторы сигналов", "信号发生器"),
    _i("903020", CTL, "test_equipment", 0.2, 1800.0, "pcs", "Oscilloscopes | Digital oscilloscopes", "Осциллографы | Осциллографы цифровые", "示波器 | 数字示波器"),
    _i("845710", CTL, "machine_tools", 0.2, 120000.0, "pcs", "Machining centres for working metal | CNC machining centers", "Центры обрабатывающие для металла | Обрабатывающий центр с ЧПУ", "金属加工中心 | 数控加工中心"),
    _i("845811", CTL, "machine_tools", 0.2, 60000.0, "pcs", "Horizontal lathes, numerically controlled | CNC lathes", "Станки токарные горизонтальные с ЧПУ", "数控卧式车床"),
    _i("846693", CTL, "machine_tools", 0.4, 150.0, "kg", "Parts and accessories for machine tools", "Части и принадлежности для станков", "机床零件及附件"),
    _i("880622", CTL, "uav", 0.05, 900.0, "pcs", "Unmanned aircraft, remote controlled, 250 g - 7 kg | Quadcopter drones", "Беспилотные воздушные суда массой от 250 г до 7 кг | Квадрокоптеры", "遥控无人驾驶航空器 | 四轴飞行器 | 无人机"),
    _i("880699", CTL, "uav", 0.02, 25000.0, "pcs", "Unmanned aircraft n.e.s. | Fixed-wing UAV", "Беспилотные летательные аппараты прочие | БПЛА самолетного типа", "其他无人驾驶航空器 | 固定翼无人机"),
    _i("840810", CTL, "diesel_marine_engines", 0.03, 60000.0, "pcs", "Marine propulsion diesel engines | Compression-ignition engines for marine propulsion", "Двигатели дизельные судовые | Судовой дизельный двигатель", "船用柴油机 | 船舶推进用压燃式发动机"),
    _i("841112", CTL, "turbine_engines", 0.01, 900000.0, "pcs", "Turbojets of a thrust exceeding 25 kN", "Двигатели турбореактивные тягой более 25 кН", "推力超过25千牛的涡轮喷气发动机"),
    _i("852610", CTL, "radar", 0.02, 15000.0, "pcs", "Radar apparatus", "Аппаратура радиолокационная | РЛС", "雷达设备"),
    _i("852692", CTL, "uav_parts", 0.1, 80.0, "pcs", "Radio remote control apparatus | RC transmitters", "Аппаратура радиодистанционного управления", "无线电遥控设备 | 遥控器"),
)

CHPL_CODES = frozenset({
    "854231", "854232", "854233", "854239", "851762", "852691", "853221", "853224", "854800",
    "847150", "850440", "851769", "852589", "852910", "852990", "853669", "853690", "854110",
    "854121", "854129", "854130", "854149", "854151", "854159", "854160", "848210", "848220",
    "848230", "848250", "880730", "901310", "901380", "901420", "901480", "847180", "848610",
    "848620", "848640", "853400", "854320", "902750", "903020", "903032", "903039", "903082",
    "845710", "845811", "845891", "845961", "846693",
})
"""Common High Priority List, 2024-02-23 (50 HS-6 codes; export_control_facts.yaml ``chpl``)."""

CONCEALMENT: tuple[HsItem, ...] = (
    _i("950300", ORD, "uav", 1.0, 300.0, "pcs", "Toy drone with camera | Hobby quadcopter kit", "Квадрокоптер игрушечный", "玩具无人机"),
    _i("841869", ORD, "turbine_engines", 1.0, 15000.0, "pcs", "Cooling unit for industrial use, L550E", "Охлаждающий агрегат промышленный", "工业制冷机组"),
    _i("950300", ORD, "thermal_night_vision", 1.0, 500.0, "pcs", "Hunting toy scope with thermal imager", "Игрушечный прицел с тепловизором", "玩具瞄准镜 热成像"),
)
"""Ordinary HS codes with descriptions that give a controlled item away (enforcement cases)."""

MODEL_LABELS = {"en": ("model", "P/N", "type", "art."), "ru": ("модель", "арт.", "тип"),
                "zh": ("型号", "规格")}
"""Words that introduce a model/part number after a description."""
