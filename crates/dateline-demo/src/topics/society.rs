//! Migration, environment, diplomacy, health, culture.

use super::*;

pub(crate) static MIGRATION: Topic = Topic {
    bit: super::MIGRATION,
    weight: 7,
    sensitive: true,
    needs_c2: true,
    tag: ["migranti", "migration", "migración", "移民"],
    issue: ["i diritti dei migranti", "migrants' rights", "los derechos de los migrantes", "移民权利"],
    issue_of: ["dei diritti dei migranti", "of migrants' rights", "de los derechos de los migrantes", "移民权利"],
    officials: &[
        INTERIOR_MINISTER,
        same(
            "responsabile dell'ufficio immigrazione",
            "head of the immigration office",
            "responsable de la oficina de inmigración",
            "移民局局长",
        ),
    ],
    sources: &[
        role("operatore umanitario", "operatrice umanitaria", "aid worker", "cooperante", "cooperante", "人道工作者"),
        role(
            "volontario di una parrocchia",
            "volontaria di una parrocchia",
            "parish volunteer",
            "voluntario de una parroquia",
            "voluntaria de una parroquia",
            "教区志愿者",
        ),
        role(
            "avvocato per i migranti",
            "avvocata per i migranti",
            "migrants' lawyer",
            "abogado de migrantes",
            "abogada de migrantes",
            "移民律师",
        ),
    ],
    events: &[
        Event {
            roles: &[
                role(
                    "lavoratore migrante",
                    "lavoratrice migrante",
                    "migrant worker",
                    "trabajador migrante",
                    "trabajadora migrante",
                    "移民工人",
                ),
                role("muratore", "muratrice", "construction worker", "albañil", "albañil", "建筑工人"),
            ],
            p1_foreign: true,
            good_news: false,
            tags: &[["espulsioni", "deportations", "deportaciones", "驱逐出境"], ["lavoratori migranti", "migrant workers", "trabajadores migrantes", "外籍劳工"]],
            headlines: &[
                [
                    "{^Cb}, espulsi {n2} migranti {fromC2} in un mese",
                    "{^C} deports {n2} migrants from {C2} in a month",
                    "{^C} expulsa a {n2} migrantes {fromC2} en un mes",
                    "{C}一个月内驱逐{n2}名来自{C2}的移民",
                ],
                [
                    "{^Cb}, fermat{p1?o|a} {p1}: viveva qui da {years} anni",
                    "{^Cb}: {p1} held in raid after {years} years {land_in}",
                    "{^Cb}: detenid{p1?o|a} {p1}, que vivía aquí desde hace {years} años",
                    "{C}拘留已在当地生活{years}年的{p1}",],
                [
                    "{^Cb}, rimpatri forzati verso {C2}: {n3} sul primo volo",
                    "{^Cb}: forced returns to {C2} begin, {n3} on first flight",
                    "{^Cb}: devoluciones forzosas hacia {C2}, {n3} en el primer vuelo",
                    "{C}向{C2}强制遣返，首班机载{n3}人",
                ],
            ],
            standfirsts: &[
                [
                    "Le autorità parlano di lotta all'immigrazione irregolare. Le organizzazioni umanitarie denunciano espulsioni sommarie, senza possibilità di ricorso.",
                    "The authorities speak of a crackdown on irregular migration. Humanitarian groups denounce summary expulsions with no possibility of appeal.",
                    "Las autoridades hablan de lucha contra la inmigración irregular. Las organizaciones humanitarias denuncian expulsiones sumarias, sin posibilidad de recurso.",
                    "当局称这是打击非法移民的行动。人道组织则谴责这些驱逐行动过于草率，当事人无法申诉。",
                ],
                [
                    "Tra i fermati c'è {p1}, {r1} {fromC2} che vive {land_in} da {years} anni. La famiglia teme il rimpatrio.",
                    "Among those detained is {p1}, {a:r1} from {C2} who has lived {land_in} for {years} years. The family fears deportation.",
                    "Entre los detenidos está {p1}, {r1} {fromC2} que vive {land_in} desde hace {years} años. La familia teme la deportación.",
                    "被拘留者中包括来自{C2}的{r1}{p1}，{p1?他|她}已在{land}生活了{years}年。家人担心{p1?他|她}会被遣返。",
                ],
            ],
            leads: &[
                [
                    "{^inC} le autorità hanno espulso nell'ultimo mese {n2} migranti {fromC2}, in quella che il governo definisce una campagna contro l'immigrazione irregolare.",
                    "Authorities in {C} have deported {n2} migrants from {C2} in the past month, in what the government calls a campaign against irregular migration.",
                    "Las autoridades {ofC} han expulsado en el último mes a {n2} migrantes {fromC2}, en lo que el Gobierno califica de campaña contra la inmigración irregular.",
                    "{C}当局在过去一个月里驱逐了{n2}名来自{C2}的移民，政府称这是一场打击非法移民的运动。",
                ],
                [
                    "{p1}, {r1} {fromC2} di {age1} anni, è stat{p1?o|a} fermat{p1?o|a} {day} {inC} durante una retata che ha portato a centinaia di arresti.",
                    "{p1}, a {age1}-year-old {r1} from {C2}, was detained in {C} {day} during a raid that led to hundreds of arrests.",
                    "{p1}, {r1} {fromC2} de {age1} años, fue detenid{p1?o|a} {day} {inC} durante una redada que terminó con cientos de arrestos.",
                    "来自{C2}的{age1}岁{r1}{p1}{day}在{C}的一次搜捕行动中被拘留，这次行动共有数百人被捕。",
                ],
            ],
            details: &[
                [
                    "Molti dei migranti lavoravano nei cantieri e nelle fabbriche con contratti scaduti o mai rinnovati dai datori di lavoro.",
                    "Many of the migrants worked on building sites and in factories on contracts that had expired or that employers never renewed.",
                    "Muchos de los migrantes trabajaban en obras y fábricas con contratos vencidos o que los empleadores nunca renovaron.",
                    "许多移民在建筑工地和工厂工作，他们的合同已经过期，或者雇主从未为他们续签。",
                ],
                [
                    "I centri di detenzione sono sovraffollati e gli avvocati denunciano condizioni igieniche pessime.",
                    "Detention centres are overcrowded and lawyers report appalling sanitary conditions.",
                    "Los centros de detención están abarrotados y los abogados denuncian pésimas condiciones higiénicas.",
                    "拘留中心人满为患，律师们称卫生条件极其恶劣。",
                ],
                [
                    "Il governo {ofC2} ha chiesto chiarimenti e ha inviato funzionari consolari per assistere i connazionali.",
                    "The government of {C2} has asked for explanations and sent consular officials to assist its nationals.",
                    "El Gobierno {ofC2} ha pedido explicaciones y ha enviado funcionarios consulares para asistir a sus ciudadanos.",
                    "{C2}政府已要求作出解释，并派出领事官员协助本国公民。",
                ],
            ],
        },
        Event {
            roles: &[
                role("profugo", "profuga", "refugee", "refugiado", "refugiada", "难民"),
                role("insegnante", "insegnante", "teacher", "maestro", "maestra", "教师"),
            ],
            p1_foreign: true,
            good_news: false,
            tags: &[["rifugiati", "refugees", "refugiados", "难民"], ["frontiere", "borders", "fronteras", "边境"]],
            headlines: &[
                [
                    "{^Cb}, {n3} profughi {fromC2} bloccati al confine",
                    "{^Cb}: {n3} refugees from {C2} stranded at the border",
                    "{^Cb}: {n3} refugiados {fromC2}, bloqueados en la frontera",
                    "{n3}名来自{C2}的难民滞留{C}边境已{days}天",
                ],
                [
                    "{^Cb}, confine chiuso: {n3} famiglie {fromC2} senza riparo",
                    "{^C} shuts border on {n3} families from {C2}",
                    "{^Cb}: frontera cerrada a {n3} familias {fromC2}",
                    "{C}关闭边境，{n3}个{C2}家庭无处栖身",
                ],
                [
                    "{p1}, {age1} anni, fuggit{p1?o|a} {fromC2}: «Ci trattano come criminali»","{p1}, {age1}, who fled {C2}: “They treat us like criminals”","{p1}, {age1} años, huyó {fromC2}: «Nos tratan como criminales»","逃离{C2}的{age1}岁{p1}：“被当罪犯”",],
            ],
            standfirsts: &[
                [
                    "Le autorità hanno chiuso il valico invocando ragioni di sicurezza. Tra i profughi ci sono molti bambini e anziani.",
                    "The authorities closed the crossing citing security reasons. Among the refugees are many children and elderly people.",
                    "Las autoridades cerraron el paso alegando razones de seguridad. Entre los refugiados hay muchos niños y ancianos.",
                    "当局以安全为由关闭了口岸。难民中有许多儿童和老人。",
                ],
                [
                    "{p1}, {age1} anni, racconta di aver camminato per {days} giorni con i figli. Le agenzie umanitarie chiedono un corridoio sicuro.",
                    "{p1}, {age1}, says {p1?he|she} walked for {days} days with {p1?his|her} children. Aid agencies are calling for a safe corridor.",
                    "{p1}, de {age1} años, cuenta que caminó {days} días con sus hijos. Las agencias humanitarias piden un corredor seguro.",
                    "{age1}岁的{p1}说，{p1?他|她}带着孩子走了{days}天。人道机构呼吁开辟安全通道。",
                ],
            ],
            leads: &[
                [
                    "Almeno {n3} profughi {fromC2}, tra cui molti bambini, sono bloccati da {days} giorni al confine {ofC}, dopo che le autorità hanno chiuso il valico.",
                    "At least {n3} refugees from {C2}, many of them children, have been stranded for {days} days at the border of {C} after the authorities closed the crossing.",
                    "Al menos {n3} refugiados {fromC2}, muchos de ellos niños, llevan {days} días bloqueados en la frontera {ofC} después de que las autoridades cerraran el paso.",
                    "当局关闭口岸后，至少{n3}名来自{C2}的难民已在{C}边境滞留{days}天，其中许多是儿童。",
                ],
                [
                    "{p1}, {r1} di {age1} anni, è fuggit{p1?o|a} {fromC2} con i figli e da {days} giorni aspetta al confine {ofC}, insieme ad altre {n3} persone, che il valico venga riaperto.",
                    "{p1}, a {age1}-year-old {r1}, fled {C2} with {p1?his|her} children and has been waiting for {days} days at the border of {C}, along with {n3} other people, for the crossing to reopen.",
                    "{p1}, {r1} de {age1} años, huyó {fromC2} con sus hijos y lleva {days} días esperando en la frontera {ofC}, junto a otras {n3} personas, a que se reabra el paso.",
                    "{age1}岁的{r1}{p1}带着孩子逃离{C2}，已和另外{n3}人一起在{C}边境等待了{days}天，盼望口岸重新开放。",
                ],
            ],
            details: &[
                [
                    "Le organizzazioni umanitarie distribuiscono acqua e coperte, ma le scorte bastano solo per pochi giorni.",
                    "Humanitarian organisations are handing out water and blankets, but supplies will last only a few days.",
                    "Las organizaciones humanitarias reparten agua y mantas, pero las reservas solo alcanzan para unos pocos días.",
                    "人道组织正在分发饮用水和毛毯，但物资只够维持几天。",
                ],
                [
                    "Molti dei profughi raccontano di aver pagato intermediari per attraversare le montagne a piedi.",
                    "Many of the refugees say they paid smugglers to cross the mountains on foot.",
                    "Muchos de los refugiados cuentan que pagaron a intermediarios para cruzar las montañas a pie.",
                    "许多难民说，他们付钱给中间人，徒步翻越了群山。",
                ],
                [
                    "L'agenzia delle Nazioni Unite per i rifugiati ha chiesto di garantire l'accesso alla procedura d'asilo.",
                    "The UN refugee agency has called for access to asylum procedures to be guaranteed.",
                    "La agencia de la ONU para los refugiados ha pedido que se garantice el acceso al procedimiento de asilo.",
                    "联合国难民署呼吁保障难民申请庇护的权利。",
                ],
            ],
        },
    ],
    background: &[
        [
            "Secondo le stime, {inC} vivono circa **{nbig} lavoratori stranieri**, molti dei quali senza documenti in regola.",
            "An estimated **{nbig} foreign workers** live in {C}, many of them without valid papers.",
            "Se calcula que {inC} viven unos **{nbig} trabajadores extranjeros**, muchos de ellos sin papeles en regla.",
            "据估计，{C}约有**{nbig}名外国劳工**，其中许多人没有合法证件。",
        ],
        [
            "Le rimesse dei migranti rappresentano una voce fondamentale dell'economia {ofC2}.",
            "Migrants' remittances are a vital part of the economy of {C2}.",
            "Las remesas de los migrantes son una partida fundamental de la economía {ofC2}.",
            "移民汇款是{C2}经济的重要组成部分。",
        ],
        [
            "Negli ultimi anni gli accordi bilaterali sul lavoro tra {C} e {C2} sono stati rinegoziati più volte.",
            "In recent years bilateral labour agreements between {C} and {C2} have been renegotiated several times.",
            "En los últimos años, los acuerdos laborales bilaterales entre {C} {andC2} se han renegociado varias veces.",
            "近年来，{C}和{C2}之间的双边劳务协议多次重新谈判。",
        ],
        [
            "Molti migranti arrivano attraverso agenzie di reclutamento che trattengono i passaporti e chiedono commissioni elevate.",
            "Many migrants arrive through recruitment agencies that hold their passports and charge high fees.",
            "Muchos migrantes llegan a través de agencias de contratación que retienen sus pasaportes y cobran comisiones elevadas.",
            "许多移民通过中介机构前来，这些机构扣押他们的护照并收取高额费用。",
        ],
    ],
    figures: &[
        [
            "Dall'inizio dell'anno le persone rimpatriate verso {C2} sono state oltre {n2}, secondo i dati consolari.",
            "Since the start of the year more than {n2} people have been returned to {C2}, according to consular figures.",
            "Desde principios de año, más de {n2} personas han sido repatriadas hacia {C2}, según datos consulares.",
            "据领事部门的数据，今年以来已有超过{n2}人被遣返回{C2}。",
        ],
        [
            "Le rimesse dall'estero valgono circa {the:pct} del prodotto interno lordo {ofC2}.",
            "Remittances account for about {pct} of the gross domestic product of {C2}.",
            "Las remesas equivalen a cerca {of:pct} del producto interior bruto {ofC2}.",
            "侨汇约占{C2}国内生产总值的{pct}。",
        ],
    ],
    quotes: &[
        [
            "Siamo venuti qui per lavorare, non per fare del male a nessuno. Abbiamo costruito le loro strade e i loro palazzi.",
            "We came here to work, not to harm anyone. We built their roads and their buildings.",
            "Vinimos aquí a trabajar, no a hacer daño a nadie. Construimos sus carreteras y sus edificios.",
            "我们来这里是为了工作，不是为了伤害任何人。他们的道路和楼房都是我们建起来的。",
        ],
        [
            "Ogni giorno arrivano famiglie stremate. Chiedono solo un posto sicuro dove far dormire i bambini.",
            "Exhausted families arrive every day. All they ask for is a safe place for their children to sleep.",
            "Cada día llegan familias agotadas. Solo piden un lugar seguro donde dormir con sus hijos.",
            "每天都有精疲力竭的家庭到来。他们只想找一个能让孩子安心睡觉的地方。",
        ],
        [
            "Chi torna a casa a mani vuote spesso ha debiti enormi con gli intermediari. Per molti è una condanna.",
            "Those who go home empty-handed often owe huge debts to middlemen. For many it is a life sentence.",
            "Quien vuelve a casa con las manos vacías suele tener deudas enormes con los intermediarios. Para muchos es una condena.",
            "两手空空回家的人往往欠下中介巨额债务。对许多人来说，这无异于被判了刑。",
        ],
    ],
};

pub(crate) static ENVIRONMENT: Topic = Topic {
    bit: super::ENVIRONMENT,
    weight: 7,
    sensitive: false,
    needs_c2: false,
    tag: ["ambiente", "environment", "medio ambiente", "环境"],
    issue: ["la tutela dell'ambiente", "environmental protection", "la protección del medio ambiente", "环境保护"],
    issue_of: [
        "della tutela dell'ambiente",
        "of environmental protection",
        "de la protección del medio ambiente",
        "环境保护",
    ],
    officials: &[
        role(
            "ministro dell'Ambiente",
            "ministra dell'Ambiente",
            "environment minister",
            "ministro de Medio Ambiente",
            "ministra de Medio Ambiente",
            "环境部长",
        ),
        GOVERNOR,
    ],
    sources: &[
        same("ambientalista", "environmental activist", "ecologista", "环保人士"),
        role("climatologo", "climatologa", "climate scientist", "climatólogo", "climatóloga", "气候学家"),
        FARMER,
    ],
    events: &[
        Event {
            roles: &[FARMER, RESIDENT],
            p1_foreign: false,
            good_news: false,
            tags: &[
                ["alluvioni", "floods", "inundaciones", "洪灾"],
                ["cambiamento climatico", "climate change", "cambio climático", "气候变化"],
            ],
            headlines: &[
                [
                    "{^Cb}, alluvioni: almeno {n1} morti e {nbig} sfollati",
                    "Floods in {C} kill at least {n1} and displace {nbig}",
                    "{^Cb}: las inundaciones dejan al menos {n1} muertos y {nbig} desplazados",
                    "{C}洪灾致{n1}死，{nbig}人流离失所",
                ],
                [
                    "{^Cb}, piogge record {a_city}: {nbig} persone senza casa",
                    "Record rains leave {nbig} homeless in {city}",
                    "{^Cb}: lluvias récord en {city}, {nbig} personas sin hogar",
                    "{city}创纪录降雨，{nbig}人无家可归",
                ],
                [
                    "{^Cb}, {n1} morti nelle alluvioni. {p1}: «Abbiamo perso tutto»",
                    "Floods kill {n1} in {C}. {p1}: “We lost everything”",
                    "{^Cb}: {n1} muertos por las inundaciones. {p1}: «Lo perdimos todo»",
                    "洪灾致{n1}死，{p1}：“我们失去了一切”",
                ],
            ],
            standfirsts: &[
                [
                    "Le piogge più intense degli ultimi {years} anni hanno allagato villaggi e campi. I soccorsi faticano a raggiungere le zone isolate.",
                    "The heaviest rains in {years} years have flooded villages and fields. Rescuers are struggling to reach isolated areas.",
                    "Las lluvias más intensas de los últimos {years} años han inundado pueblos y campos. Los equipos de rescate tienen dificultades para llegar a las zonas aisladas.",
                    "这是{years}年来最强的降雨，村庄和农田被淹。救援人员难以抵达与外界隔绝的地区。",
                ],
                [
                    "Gli sfollati sono almeno {nbig}. Secondo gli esperti, il cambiamento climatico rende questi eventi sempre più frequenti.",
                    "At least {nbig} people have been displaced. Experts say climate change is making such events ever more frequent.",
                    "Los desplazados son al menos {nbig}. Según los expertos, el cambio climático hace que estos fenómenos sean cada vez más frecuentes.",
                    "至少{nbig}人流离失所。专家表示，气候变化使此类事件日益频繁。",
                ],
            ],
            leads: &[
                [
                    "Le alluvioni che hanno colpito {C} negli ultimi giorni hanno causato almeno {n1} morti e costretto {nbig} persone a lasciare le loro case.",
                    "Floods that have hit {C} in recent days have killed at least {n1} people and forced {nbig} to leave their homes.",
                    "Las inundaciones que han golpeado {C} en los últimos días han causado al menos {n1} muertos y obligado a {nbig} personas a abandonar sus hogares.",
                    "近日袭击{C}的洪灾已造成至少{n1}人死亡，迫使{nbig}人离开家园。",
                ],
                [
                    "{p1}, {r1} di {age1} anni, ha perso la casa e il raccolto nelle alluvioni che {day} hanno sommerso interi villaggi {inC}.",
                    "{p1}, a {age1}-year-old {r1}, lost {p1?his|her} home and harvest in the floods that {day} submerged entire villages in {C}.",
                    "{p1}, {r1} de {age1} años, perdió su casa y su cosecha en las inundaciones que {day} sumergieron pueblos enteros {inC}.",
                    "{day}，洪水淹没了{C}的多个村庄，{age1}岁的{r1}{p1}失去了房屋和庄稼。",
                ],
            ],
            details: &[
                [
                    "Strade e ponti sono stati travolti dall'acqua e diversi villaggi sono raggiungibili solo in barca.",
                    "Roads and bridges have been swept away and several villages can be reached only by boat.",
                    "Carreteras y puentes han sido arrastrados por el agua y varios pueblos solo son accesibles en barca.",
                    "道路和桥梁被洪水冲毁，一些村庄只能乘船进入。",
                ],
                [
                    "Le autorità sanitarie temono la diffusione di malattie legate all'acqua contaminata.",
                    "Health authorities fear the spread of diseases linked to contaminated water.",
                    "Las autoridades sanitarias temen la propagación de enfermedades relacionadas con el agua contaminada.",
                    "卫生部门担心与受污染水源有关的疾病会蔓延。",
                ],
                [
                    "Migliaia di ettari di campi coltivati sono andati distrutti a ridosso del raccolto.",
                    "Thousands of hectares of farmland were destroyed just before the harvest.",
                    "Miles de hectáreas de cultivos quedaron destruidas justo antes de la cosecha.",
                    "数千公顷农田在收获前夕被毁。",
                ],
            ],
        },
        Event {
            roles: &[RESIDENT, same("ambientalista", "environmental activist", "ecologista", "环保人士")],
            p1_foreign: false,
            good_news: false,
            tags: &[
                ["inquinamento", "pollution", "contaminación", "污染"],
                ["salute", "health", "salud", "健康"],
            ],
            headlines: &[
                [
                    "Smog record {a_city}: indice a {aqi}, scuole chiuse {days} giorni","Smog in {city}: index hits {aqi}, schools shut {days} days","Esmog récord en {city}: índice en {aqi}, escuelas cerradas {days} días","{city}雾霾指数达{aqi}，学校停课{days}天",],
                [
                    "{^Cb}, aria irrespirabile {a_city}: {n2} ricoveri in una settimana",
                    "Toxic air in {city} sends {n2} to hospital in a week",
                    "Aire irrespirable en {city}: {n2} hospitalizados en una semana",
                    "{city}空气污染，一周{n2}人入院",
                ],
                [
                    "{^Cb}, smog: {p1}, {age1} anni, porta il governo in tribunale","{^Cb}: {p1}, {age1}, takes government to court over smog","{^Cb}: {p1}, {age1} años, demanda al Gobierno por el esmog","{C}：{age1}岁的{p1}就雾霾起诉政府",],
            ],
            standfirsts: &[
                [
                    "L'indice di qualità dell'aria ha toccato quota {aqi}, molte volte oltre i limiti raccomandati dall'Organizzazione mondiale della sanità.",
                    "The air quality index reached {aqi}, many times above the limits recommended by the World Health Organization.",
                    "El índice de calidad del aire alcanzó {aqi}, muy por encima de los límites recomendados por la Organización Mundial de la Salud.",
                    "空气质量指数达到{aqi}，远超世界卫生组织建议的上限。",
                ],
                [
                    "Gli ospedali registrano un aumento dei ricoveri per problemi respiratori. {p1}, {r1}, ha presentato un ricorso contro il governo.",
                    "Hospitals report a rise in admissions for breathing problems. {p1}, {a:r1}, has filed a lawsuit against the government.",
                    "Los hospitales registran un aumento de los ingresos por problemas respiratorios. {p1}, {r1}, ha presentado una demanda contra el Gobierno.",
                    "医院因呼吸系统疾病入院的人数增加。{r1}{p1}已对政府提起诉讼。",
                ],
            ],
            leads: &[
                [
                    "{^inC} l'aria è irrespirabile da giorni: l'indice di qualità dell'aria ha raggiunto {day} quota {aqi} e le scuole sono state chiuse.",
                    "The air in {C} has been unbreathable for days: the air quality index reached {aqi} {day} and schools have been closed.",
                    "{^inC} el aire es irrespirable desde hace días: el índice de calidad del aire alcanzó {day} los {aqi} puntos y las escuelas han cerrado.",
                    "{C}连日来空气污染严重：空气质量指数{day}达到{aqi}，学校已停课。",
                ],
                [
                    "{p1}, {r1} di {age1} anni, ha portato in tribunale il governo {ofC}, accusandolo di non aver fatto nulla contro lo smog che da settimane soffoca le città.",
                    "{p1}, a {age1}-year-old {r1}, has taken the government of {C} to court, accusing it of doing nothing about the smog that has choked cities for weeks.",
                    "{p1}, {r1} de {age1} años, ha llevado a los tribunales al Gobierno {ofC}, al que acusa de no hacer nada contra el esmog que asfixia las ciudades desde hace semanas.",
                    "{age1}岁的{r1}{p1}将{C}政府告上法庭，指控其对连续数周笼罩城市的雾霾无所作为。",
                ],
            ],
            details: &[
                [
                    "Le cause principali sono le centrali a carbone, il traffico e l'abitudine di bruciare le stoppie nei campi.",
                    "The main causes are coal-fired power plants, traffic and the practice of burning crop stubble in the fields.",
                    "Las causas principales son las centrales de carbón, el tráfico y la costumbre de quemar rastrojos en los campos.",
                    "主要原因是燃煤电厂、交通排放以及在田间焚烧秸秆的做法。",
                ],
                [
                    "Le autorità hanno limitato la circolazione delle auto a targhe alterne e sospeso i lavori nei cantieri.",
                    "The authorities have restricted car traffic on alternate days and suspended work on building sites.",
                    "Las autoridades han restringido la circulación de coches en días alternos y suspendido las obras.",
                    "当局实行机动车单双号限行，并暂停了建筑工地施工。",
                ],
                [
                    "Le mascherine filtranti sono andate esaurite in molte farmacie nel giro di poche ore.",
                    "Filter masks sold out in many pharmacies within a few hours.",
                    "Las mascarillas con filtro se agotaron en muchas farmacias en pocas horas.",
                    "许多药店的防护口罩在几个小时内就被抢购一空。",
                ],
            ],
        },
    ],
    background: &[
        [
            "{^C} {C?è|sono} tra i paesi più esposti agli effetti del cambiamento climatico, dalle ondate di calore alle inondazioni.",
            "{^C} is among the countries most exposed to the effects of climate change, from heatwaves to floods.",
            "{^C} está entre los países más expuestos a los efectos del cambio climático, desde las olas de calor hasta las inundaciones.",
            "{C}是最易受气候变化影响的国家之一，热浪和洪水等灾害频发。",
        ],
        [
            "La deforestazione e l'urbanizzazione incontrollata hanno aumentato il rischio di frane e allagamenti.",
            "Deforestation and unchecked urban growth have increased the risk of landslides and flooding.",
            "La deforestación y la urbanización descontrolada han aumentado el riesgo de deslizamientos e inundaciones.",
            "森林砍伐和无序的城市扩张增加了山体滑坡和洪涝的风险。",
        ],
        [
            "Il governo ha promesso di raggiungere la neutralità climatica entro il 2060, ma continua ad approvare nuove centrali a carbone.",
            "The government has pledged to reach carbon neutrality by 2060, but continues to approve new coal plants.",
            "El Gobierno ha prometido alcanzar la neutralidad climática en 2060, pero sigue aprobando nuevas centrales de carbón.",
            "政府承诺在2060年前实现碳中和，却仍在批准新建燃煤电厂。",
        ],
        [
            "Le comunità rurali, che vivono di agricoltura e pesca, sono le prime a pagare il prezzo del degrado ambientale.",
            "Rural communities, which live off farming and fishing, are the first to pay the price of environmental degradation.",
            "Las comunidades rurales, que viven de la agricultura y la pesca, son las primeras en pagar el precio de la degradación ambiental.",
            "以农业和渔业为生的农村社区，首当其冲地承受着环境恶化的代价。",
        ],
    ],
    figures: &[
        [
            "Secondo uno studio universitario, l'inquinamento atmosferico causa ogni anno circa **{n2} morti premature** nella sola area di {city}.",
            "According to a university study, air pollution causes about **{n2} premature deaths** a year in the {city} area alone.",
            "Según un estudio universitario, la contaminación atmosférica causa cada año unas **{n2} muertes prematuras** solo en el área de {city}.",
            "一项大学研究显示，仅{city}地区每年就有约**{n2}人**因空气污染过早死亡。",
        ],
        [
            "Negli ultimi {years} anni la superficie forestale si è ridotta {of:pct}, secondo le immagini satellitari.",
            "Over the past {years} years forest cover has shrunk by {pct}, according to satellite images.",
            "En los últimos {years} años, la superficie forestal se ha reducido {a:pct}, según las imágenes por satélite.",
            "卫星图像显示，过去{years}年森林覆盖面积减少了{pct}。",
        ],
    ],
    quotes: &[
        [
            "I nostri nonni sapevano quando sarebbe arrivata la pioggia. Oggi il clima è impazzito e non sappiamo più quando seminare.",
            "Our grandparents knew when the rain would come. Today the climate has gone mad and we no longer know when to sow.",
            "Nuestros abuelos sabían cuándo llegaría la lluvia. Hoy el clima se ha vuelto loco y ya no sabemos cuándo sembrar.",
            "我们的祖辈知道什么时候会下雨。如今气候乱了套，我们已经不知道该什么时候播种了。",
        ],
        [
            "Non è una catastrofe naturale, è il risultato di scelte politiche precise. E a pagare sono sempre i più poveri.",
            "This is not a natural disaster, it is the result of specific political choices. And it is always the poorest who pay.",
            "No es una catástrofe natural, es el resultado de decisiones políticas concretas. Y siempre pagan los más pobres.",
            "这不是天灾，而是具体政治决策的结果。而付出代价的总是最贫穷的人。",
        ],
        [
            "I bambini tossiscono tutta la notte e non possiamo nemmeno aprire le finestre. Come si può vivere così?",
            "The children cough all night and we can't even open the windows. How can anyone live like this?",
            "Los niños tosen toda la noche y ni siquiera podemos abrir las ventanas. ¿Cómo se puede vivir así?",
            "孩子们整夜咳嗽，我们连窗户都不敢开。这样怎么生活？",
        ],
    ],
};

pub(crate) static DIPLOMACY: Topic = Topic {
    bit: super::DIPLOMACY,
    weight: 8,
    sensitive: false,
    needs_c2: true,
    tag: ["diplomazia", "diplomacy", "diplomacia", "外交"],
    issue: ["le relazioni regionali", "regional relations", "las relaciones regionales", "地区关系"],
    issue_of: ["delle relazioni regionali", "of regional relations", "de las relaciones regionales", "地区关系"],
    officials: &[
        role(
            "ministro degli Esteri",
            "ministra degli Esteri",
            "foreign minister",
            "ministro de Asuntos Exteriores",
            "ministra de Asuntos Exteriores",
            "外交部长",
        ),
        same(
            "portavoce del ministero degli Esteri",
            "foreign ministry spokesperson",
            "portavoz del Ministerio de Asuntos Exteriores",
            "外交部发言人",
        ),
    ],
    sources: &[
        role("diplomatico", "diplomatica", "diplomat", "diplomático", "diplomática", "外交官"),
        role(
            "esperto di relazioni internazionali",
            "esperta di relazioni internazionali",
            "international relations expert",
            "experto en relaciones internacionales",
            "experta en relaciones internacionales",
            "国际关系专家",
        ),
        role("ex ambasciatore", "ex ambasciatrice", "former ambassador", "exembajador", "exembajadora", "前大使"),
    ],
    events: &[
        Event {
            roles: &[
                role(
                    "ministro degli Esteri",
                    "ministra degli Esteri",
                    "foreign minister",
                    "ministro de Asuntos Exteriores",
                    "ministra de Asuntos Exteriores",
                    "外交部长",
                ),
                role(
                    "ministro del Commercio",
                    "ministra del Commercio",
                    "trade minister",
                    "ministro de Comercio",
                    "ministra de Comercio",
                    "商务部长",
                ),
            ],
            p1_foreign: true,
            good_news: true,
            tags: &[["accordi", "agreements", "acuerdos", "协议"], ["commercio", "trade", "comercio", "贸易"]],
            headlines: &[
                [
                    "Visita di {p1} {inC}: firmati {n1} accordi",
                    "{p1} visits {C}, signs {n1} agreements",
                    "Visita de {p1} {toC}: firmados {n1} acuerdos",
                    "{p1}访问{C}，签署{n1}项协议",
                ],
                [
                    "{^Cb} e {Cb2}, {n1} accordi per {money}","{^Cb} and {Cb2} sign {n1} deals worth {money}","{^Cb} {andCb2}: {n1} acuerdos por {money}","{C}与{C2}签{n1}项协议，总额{money}",],
                [
                    "{p1}, {age1} anni, {a_cap} per {days} giorni di colloqui","{p1}, {age1}, in {cap} for {days}-day talks on trade and security","{p1}, {age1} años, {days} días de conversaciones en {cap}","{age1}岁的{p1}访问{cap}{days}天",],
            ],
            standfirsts: &[
                [
                    "Durante la visita sono stati firmati {n1} accordi su commercio, infrastrutture ed energia, per un valore complessivo di {money}.",
                    "During the visit {n1} agreements on trade, infrastructure and energy were signed, worth a total of {money}.",
                    "Durante la visita se firmaron {n1} acuerdos sobre comercio, infraestructuras y energía por un valor total de {money}.",
                    "访问期间，双方签署了{n1}项涉及贸易、基础设施和能源的协议，总价值{money}。",
                ],
                [
                    "È la prima visita di questo livello da {years} anni. Sul tavolo anche la sicurezza delle frontiere e la cooperazione contro il terrorismo.",
                    "It is the first visit at this level in {years} years. Border security and counter-terrorism cooperation were also on the table.",
                    "Es la primera visita de este nivel en {years} años. Sobre la mesa también estuvieron la seguridad fronteriza y la cooperación antiterrorista.",
                    "这是{years}年来双方首次进行此级别的访问。边境安全和反恐合作也是会谈议题。",
                ],
            ],
            leads: &[
                [
                    "{^the:r1} {ofC2}, {p1}, è arrivat{p1?o|a} {day} {inC} per una visita di {days} giorni che segna un riavvicinamento tra i due paesi.",
                    "The {r1} of {C2}, {p1}, arrived in {C} {day} for a {days}-day visit that marks a rapprochement between the two countries.",
                    "{^the:r1} {ofC2}, {p1}, llegó {day} {toC} para una visita de {days} días que marca un acercamiento entre ambos países.",
                    "{C2}{r1}{p1}{day}抵达{C}，开始为期{days}天的访问，这标志着两国关系回暖。",
                ],
                [
                    "{^C} e {C2} hanno firmato {day} {n1} accordi su commercio, energia e infrastrutture, durante la visita {inC} {of:r1} {ofC2}, {p1}.",
                    "{^C} and {C2} {day} signed {n1} agreements on trade, energy and infrastructure during a visit to {C} by the {r1} of {C2}, {p1}.",
                    "{^C} {andC2} firmaron {day} {n1} acuerdos sobre comercio, energía e infraestructuras durante la visita {toC} {of:r1} {ofC2}, {p1}.",
                    "{C}与{C2}{day}签署了{n1}项涉及贸易、能源和基础设施的协议，当时{C2}{r1}{p1}正在{C}访问。",
                ],
            ],
            details: &[
                [
                    "I colloqui si sono concentrati sul commercio bilaterale, che l'anno scorso ha superato {money}.",
                    "The talks focused on bilateral trade, which exceeded {money} last year.",
                    "Las conversaciones se centraron en el comercio bilateral, que el año pasado superó {money}.",
                    "会谈重点是双边贸易，去年双边贸易额超过{money}。",
                ],
                [
                    "Le due delegazioni hanno discusso anche di sicurezza regionale e di lotta al traffico di droga.",
                    "The two delegations also discussed regional security and the fight against drug trafficking.",
                    "Las dos delegaciones también abordaron la seguridad regional y la lucha contra el narcotráfico.",
                    "两国代表团还讨论了地区安全和打击毒品走私问题。",
                ],
                [
                    "Secondo fonti diplomatiche, non si è parlato di diritti umani, nonostante gli appelli delle organizzazioni della società civile.",
                    "According to diplomatic sources, human rights were not discussed, despite appeals from civil society groups.",
                    "Según fuentes diplomáticas, no se habló de derechos humanos, pese a los llamamientos de las organizaciones de la sociedad civil.",
                    "据外交消息人士透露，尽管公民社会组织发出呼吁，双方并未谈及人权问题。",
                ],
            ],
        },
        Event {
            roles: &[role("ambasciatore", "ambasciatrice", "ambassador", "embajador", "embajadora", "大使")],
            p1_foreign: true,
            good_news: false,
            tags: &[["spionaggio", "espionage", "espionaje", "间谍活动"], ["tensioni", "tensions", "tensiones", "紧张局势"]],
            headlines: &[
                [
                    "{^Cb}, espuls{p1?o|a} {the:r1} {ofC2} {p1}, {age1} anni","{^Cb} expels {p1}, {age1}, ambassador of {C2}","{^Cb} expulsa {to:r1} {p1}, {age1} años","{C}以干涉内政为由驱逐{age1}岁大使{p1}",],
                [
                    "Tensione {Cb}-{Cb2}: {n1} arresti, a rischio {money}","{Cb}-{Cb2} row: {n1} arrests, {money} in trade at risk","Tensión {Cb}-{Cb2}: {n1} arrestos, {money} en riesgo","{n1}人被捕，{C}与{C2}{money}贸易告急",],
                [
                    "{^Cb}, {n1} arresti per spionaggio: espuls{p1?o|a} {the:r1} {p1}",
                    "{^Cb}: {n1} held for spying, ambassador {p1} expelled",
                    "{^Cb}: {n1} detenidos por espionaje y expulsad{p1?o|a} {the:r1} {p1}",
                    "{n1}人涉谍被捕，{C}驱逐{r1}{p1}",
                ],
            ],
            standfirsts: &[
                [
                    "Le autorità accusano i {n1} cittadini {ofC2} di spionaggio. {^C2} respinge le accuse e minaccia ritorsioni.",
                    "The authorities accuse the {n1} citizens of {C2} of spying. {^C2} rejects the accusations and threatens retaliation.",
                    "Las autoridades acusan de espionaje a los {n1} ciudadanos {ofC2}. {^C2} rechaza las acusaciones y amenaza con represalias.",
                    "当局指控这{n1}名{C2}公民从事间谍活动。{C2}否认指控，并威胁将采取报复措施。",
                ],
                [
                    "{^the:r1} {p1} ha {days} giorni per lasciare {land}. Gli scambi tra i due paesi valgono {money} l'anno.",
                    "Ambassador {p1} has {days} days to leave {land}. Trade between the two countries is worth {money} a year.",
                    "{^the:r1} {p1} tiene {days} días para abandonar {land}. El comercio entre ambos países asciende a {money} al año.",
                    "{r1}{p1}须在{days}天内离境。两国每年的贸易额达{money}。",
                ],
            ],
            leads: &[
                [
                    "{^C} {C?ha|hanno} espulso {day} {the:r1} {ofC2}, {p1}, dopo l'arresto di {n1} suoi connazionali accusati di spionaggio.",
                    "{^C} {day} expelled the {r1} of {C2}, {p1}, after the arrest of {n1} of {p1?his|her} compatriots on spying charges.",
                    "{^C} expulsó {day} {to:r1} {ofC2}, {p1}, tras la detención de {n1} compatriotas suyos acusados de espionaje.",
                    "{C}{day}驱逐了{C2}{r1}{p1}，此前{n1}名{C2}公民因涉嫌间谍活动被捕。",
                ],
                [
                    "Sale la tensione tra {C} e {C2}: la polizia ha arrestato {day} {n1} cittadini {ofC2} con l'accusa di spionaggio e {the:r1} {p1} è stat{p1?o|a} convocat{p1?o|a} al ministero degli Esteri.",
                    "Tensions are rising between {C} and {C2}: police {day} arrested {n1} citizens of {C2} on spying charges, and the {r1}, {p1}, was summoned to the foreign ministry.",
                    "Crece la tensión entre {C} {andC2}: la policía detuvo {day} a {n1} ciudadanos {ofC2} acusados de espionaje y {the:r1} {p1} fue convocad{p1?o|a} al Ministerio de Asuntos Exteriores.",
                    "{C}与{C2}关系趋于紧张：警方{day}以间谍罪逮捕了{n1}名{C2}公民，{C2}{r1}{p1}被召至外交部。",
                ],
            ],
            details: &[
                [
                    "Tra gli arrestati ci sarebbero un uomo d'affari e due studenti universitari.",
                    "Those arrested reportedly include a businessman and two university students.",
                    "Entre los detenidos habría un empresario y dos estudiantes universitarios.",
                    "据报道，被捕者中包括一名商人和两名大学生。",
                ],
                [
                    "Il ministero degli Esteri {ofC2} ha definito le accuse «infondate» e ha annunciato misure di reciprocità.",
                    "The foreign ministry of {C2} called the accusations “groundless” and announced reciprocal measures.",
                    "El Ministerio de Asuntos Exteriores {ofC2} calificó las acusaciones de «infundadas» y anunció medidas recíprocas.",
                    "{C2}外交部称相关指控“毫无根据”，并宣布将采取对等措施。",
                ],
                [
                    "I voli diretti tra i due paesi restano per ora operativi, ma alcune compagnie hanno ridotto le frequenze.",
                    "Direct flights between the two countries are still operating for now, but some airlines have reduced frequencies.",
                    "Los vuelos directos entre ambos países siguen operando por ahora, pero algunas aerolíneas han reducido las frecuencias.",
                    "两国之间的直航目前仍在运营，但一些航空公司已减少了航班。",
                ],
            ],
        },
    ],
    background: &[
        [
            "I rapporti tra {C} e {C2} hanno conosciuto fasi alterne: l'ultima crisi risale al {year}.",
            "Relations between {C} and {C2} have gone through ups and downs: the last crisis dates back to {year}.",
            "Las relaciones entre {C} {andC2} han atravesado altibajos: la última crisis se remonta a {year}.",
            "{C}与{C2}关系几经起伏，上一次危机发生在{year}年。",
        ],
        [
            "{^C2} {C2?è|sono} uno dei principali partner commerciali {ofC}, con scambi in crescita costante.",
            "{^C2} is one of the main trading partners of {C}, with steadily growing trade.",
            "{^C2} es uno de los principales socios comerciales {ofC}, con intercambios en constante crecimiento.",
            "{C2}是{C}的主要贸易伙伴之一，双边贸易持续增长。",
        ],
        [
            "La regione è al centro della competizione tra le grandi potenze, che si contendono porti, rotte e materie prime.",
            "The region is at the centre of competition between the major powers, which vie for ports, routes and raw materials.",
            "La región está en el centro de la competencia entre las grandes potencias, que se disputan puertos, rutas y materias primas.",
            "该地区处于大国竞争的中心，各方争夺港口、航线和原材料。",
        ],
        [
            "Negli ultimi anni la diplomazia {ofC} ha cercato di diversificare le alleanze, guardando sia a Oriente sia a Occidente.",
            "In recent years the diplomacy of {C} has sought to diversify its alliances, looking both east and west.",
            "En los últimos años, la diplomacia {ofC} ha intentado diversificar sus alianzas, mirando tanto a Oriente como a Occidente.",
            "近年来，{C}外交一直寻求多元化的结盟，同时面向东方和西方。",
        ],
    ],
    figures: &[
        [
            "L'interscambio commerciale tra i due paesi è cresciuto {of:pct} nell'ultimo anno, raggiungendo {money}.",
            "Trade between the two countries grew by {pct} last year, reaching {money}.",
            "El intercambio comercial entre ambos países creció {a:pct} el año pasado, hasta alcanzar {money}.",
            "去年两国贸易额增长{pct}，达到{money}。",
        ],
        [
            "{^inC} risiedono circa {nbig} cittadini {ofC2}, in gran parte lavoratori e studenti.",
            "About {nbig} citizens of {C2} live in {C}, most of them workers and students.",
            "{^inC} residen unos {nbig} ciudadanos {ofC2}, en su mayoría trabajadores y estudiantes.",
            "约有{nbig}名{C2}公民居住在{C}，其中大部分是劳工和学生。",
        ],
    ],
    quotes: &[
        [
            "Le due capitali hanno bisogno l'una dell'altra più di quanto ammettano. Nessuna delle due può permettersi una rottura.",
            "The two capitals need each other more than they admit. Neither can afford a break.",
            "Las dos capitales se necesitan más de lo que admiten. Ninguna puede permitirse una ruptura.",
            "两国首都对彼此的需要超出了他们愿意承认的程度。谁都承受不起关系破裂。",
        ],
        [
            "Gli accordi firmati sono importanti, ma conta soprattutto il messaggio politico: si torna a parlare.",
            "The agreements signed matter, but what counts most is the political message: they are talking again.",
            "Los acuerdos firmados son importantes, pero lo que más cuenta es el mensaje político: se vuelve a hablar.",
            "签署的协议固然重要，但最重要的是其中的政治信号：双方重新开始对话了。",
        ],
        [
            "Quando due governi litigano, i primi a pagare sono i cittadini che vivono e lavorano dall'altra parte del confine.",
            "When two governments quarrel, the first to pay are the citizens who live and work on the other side of the border.",
            "Cuando dos gobiernos se pelean, los primeros en pagar son los ciudadanos que viven y trabajan al otro lado de la frontera.",
            "两国政府一旦交恶，首先付出代价的是在对方国家生活和工作的普通公民。",
        ],
    ],
};

pub(crate) static HEALTH: Topic = Topic {
    bit: super::HEALTH,
    weight: 6,
    sensitive: false,
    needs_c2: false,
    tag: ["salute", "health", "salud", "公共卫生"],
    issue: ["la sanità pubblica", "public health", "la sanidad pública", "公共卫生"],
    issue_of: ["della sanità pubblica", "of public health", "de la sanidad pública", "公共卫生"],
    officials: &[
        role(
            "ministro della Salute",
            "ministra della Salute",
            "health minister",
            "ministro de Sanidad",
            "ministra de Sanidad",
            "卫生部长",
        ),
        same(
            "portavoce del ministero della Salute",
            "health ministry spokesperson",
            "portavoz del Ministerio de Sanidad",
            "卫生部发言人",
        ),
    ],
    sources: &[
        DOCTOR,
        NURSE,
        role("epidemiologo", "epidemiologa", "epidemiologist", "epidemiólogo", "epidemióloga", "流行病学家"),
    ],
    events: &[
        Event {
            roles: &[DOCTOR, NURSE],
            p1_foreign: false,
            good_news: false,
            tags: &[["epidemie", "epidemics", "epidemias", "疫情"], ["ospedali", "hospitals", "hospitales", "医院"]],
            headlines: &[
                [
                    "{^Cb}, epidemia di {disease}: {nbig} casi e {n3} morti",
                    "{^disease} outbreak in {C}: {nbig} cases and {n3} deaths",
                    "{^Cb}: brote de {disease}, {nbig} casos y {n3} muertos",
                    "{C}{disease}疫情：{nbig}例，{n3}人死亡",
                ],
                [
                    "{^disease}, ospedali al collasso {a_city}: {n2} ricoverati in una settimana",
                    "{^disease} overwhelms hospitals in {city} with {n2} admissions in a week",
                    "{^disease}: hospitales colapsados en {city}, {n2} ingresos en una semana",
                    "{disease}致{city}医院不堪重负，一周收治{n2}人",
                ],
                [
                    "{^Cb}, {disease} in aumento {of:pctd}: allarme {a_city}","{^disease} cases up {pctd} in {C}, alarm in {city}","{^Cb}: {disease} al alza {a:pctd}, alarma en {city}","{C}{disease}病例增加{pctd}，{city}拉响警报",],
            ],
            standfirsts: &[
                [
                    "Gli ospedali sono al limite e mancano farmaci e personale. Le autorità sanitarie hanno lanciato una campagna di prevenzione.",
                    "Hospitals are at breaking point and short of drugs and staff. Health authorities have launched a prevention campaign.",
                    "Los hospitales están al límite y faltan medicamentos y personal. Las autoridades sanitarias han lanzado una campaña de prevención.",
                    "医院已不堪重负，药品和医护人员短缺。卫生部门已启动预防宣传活动。",
                ],
                [
                    "{p1}, {r1} in un ospedale pubblico, racconta di turni di diciotto ore e di pazienti sistemati nei corridoi.",
                    "{p1}, {a:r1} at a public hospital, describes eighteen-hour shifts and patients lying in corridors.",
                    "{p1}, {r1} en un hospital público, habla de turnos de dieciocho horas y de pacientes en los pasillos.",
                    "一家公立医院的{r1}{p1}说，医护人员每班要工作18个小时，病人只能躺在走廊里。",
                ],
            ],
            leads: &[
                [
                    "Sono già {nbig} i casi di {disease} registrati {inC} dall'inizio dell'anno, con almeno {n3} morti, secondo i dati del ministero della Salute.",
                    "{^C} has recorded {nbig} cases of {disease} since the start of the year, with at least {n3} deaths, according to health ministry figures.",
                    "{^inC} ya se han registrado {nbig} casos de {disease} desde principios de año, con al menos {n3} muertos, según los datos del Ministerio de Sanidad.",
                    "据卫生部数据，{C}今年以来已记录{nbig}例{disease}病例，至少{n3}人死亡。",
                ],
                [
                    "Gli ospedali {ofC} sono al collasso per un'epidemia di {disease}: nell'ultima settimana sono stati ricoverati {n2} pazienti, molti dei quali bambini.",
                    "Hospitals in {C} are overwhelmed by an outbreak of {disease}: {n2} patients were admitted in the past week, many of them children.",
                    "Los hospitales {ofC} están colapsados por un brote de {disease}: en la última semana ingresaron {n2} pacientes, muchos de ellos niños.",
                    "{C}的医院因{disease}疫情不堪重负：过去一周有{n2}名患者入院，其中许多是儿童。",
                ],
            ],
            details: &[
                [
                    "Il sovraffollamento e la scarsità di acqua potabile hanno favorito la diffusione del contagio.",
                    "Overcrowding and the lack of clean water have helped the infection spread.",
                    "El hacinamiento y la escasez de agua potable han favorecido la propagación del contagio.",
                    "人口拥挤和饮用水短缺加速了疾病的传播。",
                ],
                [
                    "Nelle zone rurali molte famiglie devono percorrere decine di chilometri per raggiungere un centro sanitario.",
                    "In rural areas many families have to travel dozens of kilometres to reach a health centre.",
                    "En las zonas rurales, muchas familias tienen que recorrer decenas de kilómetros para llegar a un centro de salud.",
                    "在农村地区，许多家庭要走几十公里才能到达医疗中心。",
                ],
                [
                    "Il ministero ha chiesto aiuto alle organizzazioni internazionali per ottenere farmaci e test diagnostici.",
                    "The ministry has asked international organisations for help in obtaining medicines and diagnostic tests.",
                    "El ministerio ha pedido ayuda a las organizaciones internacionales para conseguir medicamentos y pruebas diagnósticas.",
                    "卫生部已向国际组织求助，以获得药品和诊断试剂。",
                ],
            ],
        },
        Event {
            roles: &[DOCTOR, NURSE],
            p1_foreign: false,
            good_news: false,
            tags: &[["sciopero", "strike", "huelga", "罢工"], ["farmaci", "medicines", "medicamentos", "药品"]],
            headlines: &[
                [
                    "{^Cb}, sciopero dei medici: {n3} ospedali a servizio ridotto",
                    "Doctors strike in {C}, leaving {n3} hospitals on reduced service",
                    "{^Cb}: huelga de médicos, {n3} hospitales con servicios mínimos",
                    "{C}医生罢工，{n3}家医院仅提供有限服务",
                ],
                [
                    "{^Cb}, farmaci introvabili: prezzi saliti {of:pctd} in {months} mesi","Medicines scarce in {C} as prices rise {pctd} in {months} months","{^Cb}: faltan medicamentos y los precios suben {a:pctd} en {months} meses","{C}药品短缺，价格{months}个月上涨{pctd}",],
                [
                    "{p1}, {r1} {a_city}: «Senza stipendio da {months} mesi»",
                    "{p1}, {a:r1} in {city}: “Unpaid for {months} months”",
                    "{p1}, {r1} en {city}: «Sin cobrar desde hace {months} meses»",
                    "{r1}{p1}：“{months}个月没领工资”",
                ],
            ],
            standfirsts: &[
                [
                    "I medici chiedono il pagamento degli stipendi arretrati e forniture regolari di farmaci. Il governo parla di difficoltà di bilancio.",
                    "Doctors are demanding payment of wage arrears and regular supplies of medicines. The government cites budget difficulties.",
                    "Los médicos exigen el pago de los salarios atrasados y suministros regulares de medicamentos. El Gobierno alega dificultades presupuestarias.",
                    "医生们要求补发拖欠的工资并保障药品的正常供应。政府则称财政困难。",
                ],
                [
                    "Secondo il sindacato dei medici, lo sciopero riguarda {n3} ospedali. Solo le emergenze restano garantite.",
                    "According to the doctors' union, the strike affects {n3} hospitals. Only emergencies are still covered.",
                    "Según el sindicato médico, la huelga afecta a {n3} hospitales. Solo se garantizan las urgencias.",
                    "据医生工会称，罢工涉及{n3}家医院，只有急诊服务得到保障。",
                ],
            ],
            leads: &[
                [
                    "I medici degli ospedali pubblici {ofC} hanno iniziato {day} uno sciopero a tempo indeterminato che coinvolge {n3} strutture, per protestare contro stipendi non pagati da {months} mesi.",
                    "Doctors at public hospitals in {C} {day} began an open-ended strike affecting {n3} facilities, in protest at salaries that have gone unpaid for {months} months.",
                    "Los médicos de los hospitales públicos {ofC} iniciaron {day} una huelga indefinida que afecta a {n3} centros, en protesta por salarios impagados desde hace {months} meses.",
                    "{C}公立医院的医生{day}开始无限期罢工，涉及{n3}家医疗机构，抗议工资已被拖欠{months}个月。",
                ],
                [
                    "{p1}, {r1} di {age1} anni, lavora in un ospedale pubblico {inC} dove da settimane mancano anestetici, antibiotici e perfino le garze.",
                    "{p1}, a {age1}-year-old {r1}, works at a public hospital in {C} where anaesthetics, antibiotics and even gauze have been running short for weeks.",
                    "{p1}, {r1} de {age1} años, trabaja en un hospital público {inC} donde desde hace semanas faltan anestésicos, antibióticos e incluso gasas.",
                    "{age1}岁的{r1}{p1}在{C}一家公立医院工作，几周来，那里的麻醉药、抗生素甚至纱布都严重短缺。",
                ],
            ],
            details: &[
                [
                    "I prezzi dei farmaci importati sono aumentati {of:pctd} negli ultimi {months} mesi a causa della svalutazione.","The price of imported medicines has risen {pctd} in the past {months} months because of devaluation.","El precio de los medicamentos importados ha subido {a:pctd} en los últimos {months} meses por la devaluación.","由于货币贬值，进口药品价格在过去{months}个月上涨了{pctd}。",],
                [
                    "Molti giovani medici hanno lasciato {land} per lavorare all'estero, dove gli stipendi sono diverse volte più alti.",
                    "Many young doctors have left {land} to work abroad, where salaries are several times higher.",
                    "Muchos médicos jóvenes han abandonado {land} para trabajar en el extranjero, donde los salarios son varias veces más altos.",
                    "许多年轻医生离开{land}到国外工作，那里的薪水要高出好几倍。",
                ],
                [
                    "I pazienti sono spesso costretti a comprare di tasca propria i farmaci e il materiale per gli interventi.",
                    "Patients are often forced to buy medicines and surgical supplies out of their own pockets.",
                    "Los pacientes a menudo se ven obligados a comprar de su bolsillo los medicamentos y el material quirúrgico.",
                    "病人常常不得不自掏腰包购买药品和手术用品。",
                ],
            ],
        },
    ],
    background: &[
        [
            "La spesa sanitaria pubblica {ofC} è tra le più basse della regione, pari a circa il 2% del prodotto interno lordo.",
            "Public health spending in {C} is among the lowest in the region, at around 2% of gross domestic product.",
            "El gasto sanitario público {ofC} está entre los más bajos de la región, en torno al 2% del producto interior bruto.",
            "{C}的公共卫生支出在该地区属于最低之列，约占国内生产总值的2%。",
        ],
        [
            "Le campagne di vaccinazione si sono interrotte durante la pandemia e non sono ancora tornate ai livelli precedenti.",
            "Vaccination campaigns were interrupted during the pandemic and have not yet returned to previous levels.",
            "Las campañas de vacunación se interrumpieron durante la pandemia y todavía no han recuperado los niveles anteriores.",
            "疫苗接种工作在疫情期间中断，至今仍未恢复到此前的水平。",
        ],
        [
            "Nelle aree rurali c'è un medico ogni diverse migliaia di abitanti, e molti ambulatori sono senza elettricità.",
            "In rural areas there is one doctor for every several thousand people, and many clinics have no electricity.",
            "En las zonas rurales hay un médico por cada varios miles de habitantes, y muchos ambulatorios carecen de electricidad.",
            "在农村地区，每几千名居民才有一名医生，许多诊所没有电。",
        ],
        [
            "Le organizzazioni religiose e le ong gestiscono una parte importante degli ospedali e dei dispensari.",
            "Religious organisations and NGOs run a significant share of hospitals and dispensaries.",
            "Las organizaciones religiosas y las ONG gestionan una parte importante de los hospitales y dispensarios.",
            "宗教组织和非政府组织运营着相当一部分医院和诊所。",
        ],
    ],
    figures: &[
        [
            "Secondo l'Organizzazione mondiale della sanità, solo {the:pctw} dei bambini ha completato il ciclo vaccinale.",
            "According to the World Health Organization, only {pctw} of children have completed their vaccinations.",
            "Según la Organización Mundial de la Salud, solo {the:pctw} de los niños ha completado el ciclo de vacunación.",
            "据世界卫生组织统计，只有{pctw}的儿童完成了全部疫苗接种。",
        ],
        [
            "Nella sola area di {city} si contano {n2} casi sospetti nelle ultime due settimane.",
            "In the {city} area alone there have been {n2} suspected cases in the past two weeks.",
            "Solo en el área de {city} se han contabilizado {n2} casos sospechosos en las dos últimas semanas.",
            "仅{city}地区过去两周就有{n2}例疑似病例。",
        ],
    ],
    quotes: &[
        [
            "Vediamo arrivare bambini in condizioni gravissime perché le famiglie hanno aspettato troppo. Non avevano i soldi per il viaggio.",
            "We see children arriving in a very serious condition because their families waited too long. They didn't have the money for the journey.",
            "Vemos llegar a niños en estado gravísimo porque las familias esperaron demasiado. No tenían dinero para el viaje.",
            "我们看到孩子们送来时病情已经非常严重，因为家人拖得太久了。他们连路费都没有。",
        ],
        [
            "Abbiamo studiato per curare le persone, non per scegliere chi salvare. Ma senza farmaci è questo che siamo costretti a fare.",
            "We studied to treat people, not to choose who to save. But without medicines, that is what we are forced to do.",
            "Estudiamos para curar a las personas, no para elegir a quién salvar. Pero sin medicamentos es lo que nos vemos obligados a hacer.",
            "我们学医是为了治病救人，而不是选择救谁。但是没有药品，我们只能被迫这样做。",
        ],
        [
            "La prevenzione costa poco e salva migliaia di vite. Il problema è che non porta voti nel breve periodo.",
            "Prevention costs little and saves thousands of lives. The problem is that it doesn't win votes in the short term.",
            "La prevención cuesta poco y salva miles de vidas. El problema es que no da votos a corto plazo.",
            "预防花费不多，却能挽救成千上万的生命。问题在于，它在短期内换不来选票。",
        ],
    ],
};

pub(crate) static CULTURE: Topic = Topic {
    bit: super::CULTURE,
    weight: 5,
    sensitive: true,
    needs_c2: false,
    tag: ["cultura", "culture", "cultura", "文化"],
    issue: ["la libertà artistica", "artistic freedom", "la libertad artística", "艺术自由"],
    issue_of: ["della libertà artistica", "of artistic freedom", "de la libertad artística", "艺术自由"],
    officials: &[
        role(
            "ministro della Cultura",
            "ministra della Cultura",
            "culture minister",
            "ministro de Cultura",
            "ministra de Cultura",
            "文化部长",
        ),
        SPOKESPERSON,
    ],
    sources: &[
        role(
            "critico cinematografico",
            "critica cinematografica",
            "film critic",
            "crítico de cine",
            "crítica de cine",
            "影评人",
        ),
        role("storico dell'arte", "storica dell'arte", "art historian", "historiador del arte", "historiadora del arte", "艺术史学者"),
        role("editore", "editrice", "publisher", "editor", "editora", "出版人"),
    ],
    events: &[
        Event {
            roles: &[same("regista", "film director", "cineasta", "电影导演")],
            p1_foreign: false,
            good_news: false,
            tags: &[["cinema", "cinema", "cine", "电影"], ["censura", "censorship", "censura", "审查"]],
            headlines: &[
                [
                    "{^Cb}, vietato il film di {p1} sulle proteste del {year}",
                    "{^C} bans film by {p1} about the {year} protests",
                    "Vetada la película de {p1} sobre las protestas de {year}",
                    "{p1}的{year}年抗议题材电影遭禁",
                ],
                [
                    "Niente sale per il film di {p1}, premiato in {n1} festival",
                    "Censors block film by {p1}, winner at {n1} festivals",
                    "Sin estreno la película de {p1}, premiada en {n1} festivales",
                    "{n1}度获奖的{p1}新片在{C}遭禁映",],
                [
                    "{p1}, {age1} anni: «Vietato il mio film, non le mie domande»","{p1}, {age1}: “They banned my film, not my questions”","{p1}, {age1} años: «Han prohibido mi película, no mis preguntas»","{age1}岁的{p1}：“禁得了电影，禁不了追问”",],
            ],
            standfirsts: &[
                [
                    "Il film racconta le proteste del {year} attraverso gli occhi di una famiglia. Per la commissione di censura «offende la sensibilità nazionale».",
                    "The film tells the story of the {year} protests through the eyes of a family. The censorship board says it “offends national sensibilities”.",
                    "La película narra las protestas de {year} a través de los ojos de una familia. Para la comisión de censura, «ofende la sensibilidad nacional».",
                    "这部电影通过一个家庭的视角讲述了{year}年的抗议活动。审查委员会称其“伤害民族感情”。",
                ],
                [
                    "{p1s} aveva vinto premi in {n1} festival internazionali. I produttori valutano proiezioni private e una distribuzione online.",
                    "{p1s} had won awards at {n1} international festivals. The producers are considering private screenings and online distribution.",
                    "{p1s} había ganado premios en {n1} festivales internacionales. Los productores estudian proyecciones privadas y una distribución en línea.",
                    "{p1s}曾在{n1}个国际电影节上获奖。制片方正在考虑私下放映和网络发行。",
                ],
            ],
            leads: &[
                [
                    "La commissione di censura {ofC} ha vietato {day} la distribuzione del nuovo film di {p1}, {r1} di {age1} anni, dedicato alle proteste del {year}.",
                    "The censorship board of {C} {day} banned the release of the new film by {p1}, a {age1}-year-old {r1}, about the {year} protests.",
                    "La comisión de censura {ofC} prohibió {day} el estreno de la nueva película de {p1}, {r1} de {age1} años, dedicada a las protestas de {year}.",
                    "{C}电影审查委员会{day}禁止{age1}岁的{r1}{p1}关于{year}年抗议活动的新片上映。",
                ],
                [
                    "Il nuovo film di {p1}, premiato in {n1} festival internazionali, non potrà essere proiettato nelle sale {ofC}: la censura lo considera «contrario all'unità nazionale».",
                    "The new film by {p1}, which has won awards at {n1} international festivals, cannot be shown in cinemas in {C}: censors consider it “contrary to national unity”.",
                    "La nueva película de {p1}, premiada en {n1} festivales internacionales, no podrá proyectarse en los cines {ofC}: la censura la considera «contraria a la unidad nacional».",
                    "{p1}的新片曾在{n1}个国际电影节获奖，却不能在{C}的影院上映：审查机构认为该片“有损国家统一”。",
                ],
            ],
            details: &[
                [
                    "Il film era stato girato in gran parte in segreto, con attori non professionisti.",
                    "The film was shot largely in secret, with non-professional actors.",
                    "La película se rodó en gran parte en secreto, con actores no profesionales.",
                    "这部电影大部分是秘密拍摄的，演员都是非职业演员。",
                ],
                [
                    "Copie pirata circolano già sulle piattaforme di messaggistica e sono state viste da migliaia di persone.",
                    "Pirated copies are already circulating on messaging platforms and have been watched by thousands of people.",
                    "Ya circulan copias piratas por las plataformas de mensajería, vistas por miles de personas.",
                    "盗版拷贝已在即时通讯平台上流传，观看人数达数千人。",
                ],
                [
                    "Non è la prima volta che un lavoro di {p1s} finisce nel mirino della censura.",
                    "It is not the first time one of {p1s}'s works has been targeted by censors.",
                    "No es la primera vez que una obra de {p1s} cae en el punto de mira de la censura.",
                    "这已不是{p1s}的作品第一次遭到审查。",
                ],
            ],
        },
        Event {
            roles: &[role(
                "direttore del festival",
                "direttrice del festival",
                "festival director",
                "director del festival",
                "directora del festival",
                "艺术节总监",
            )],
            p1_foreign: false,
            good_news: true,
            tags: &[["festival", "festivals", "festivales", "艺术节"], ["arte", "arts", "arte", "艺术"]],
            headlines: &[
                [
                    "Torna dopo {years} anni il festival di {city}: attesi {nbig} visitatori",
                    "{city} festival returns after {years} years, {nbig} visitors expected",
                    "Vuelve tras {years} años el festival de {city}: {nbig} visitantes previstos",
                    "{city}艺术节时隔{years}年回归，预计{nbig}人到场",
                ],
                [
                    "{^a_city} il festival che sfida la censura: {n3} artisti",
                    "In {city}, a festival defying censors with {n3} artists",
                    "En {city}, el festival que desafía la censura reúne a {n3} artistas",
                    "{city}艺术节挑战审查，汇聚{n3}位艺术家",
                ],
                [
                    "{p1}: «{n3} artisti {a_city}, un atto di fiducia»","{p1}: “{n3} artists in {city}, an act of faith”","{p1}: «{n3} artistas en {city}, un acto de confianza»","{p1}：{n3}位艺术家齐聚{city}",],
            ],
            standfirsts: &[
                [
                    "Il programma comprende musica, teatro e cinema, con {n3} artisti provenienti da {n1} paesi. Alcuni spettacoli sono stati rinviati su richiesta delle autorità.",
                    "The programme includes music, theatre and film, with {n3} artists from {n1} countries. Some shows were postponed at the request of the authorities.",
                    "El programa incluye música, teatro y cine, con {n3} artistas procedentes de {n1} países. Algunos espectáculos se aplazaron a petición de las autoridades.",
                    "活动包括音乐、戏剧和电影，来自{n1}个国家的{n3}位艺术家参加。部分演出应当局要求被推迟。",
                ],
                [
                    "Il festival era stato sospeso {years} anni fa. Per {p1}, {r1}, è il segno che la società civile non si arrende.",
                    "The festival was suspended {years} years ago. For {p1}, its director, it is a sign that civil society is not giving up.",
                    "El festival se había suspendido hace {years} años. Para {p1}, {r1}, es la señal de que la sociedad civil no se rinde.",
                    "该艺术节{years}年前被叫停。{r1}{p1}认为，这表明公民社会并没有放弃。",
                ],
            ],
            leads: &[
                [
                    "Dopo {years} anni di sospensione torna il festival di arti più importante {ofC}: attesi {nbig} visitatori e {n3} artisti da {n1} paesi.",
                    "After a {years}-year suspension, the most important arts festival in {C} is back, with {nbig} visitors and {n3} artists from {n1} countries expected.",
                    "Tras {years} años de suspensión vuelve el festival de artes más importante {ofC}: se esperan {nbig} visitantes y {n3} artistas de {n1} países.",
                    "{C}最重要的艺术节在停办{years}年后重新举办，预计将有{nbig}名观众以及来自{n1}个国家的{n3}位艺术家参加。",
                ],
                [
                    "{p1}, {age1} anni, {r1}, ha presentato {day} il programma del principale festival di arti {ofC}, che torna dopo {years} anni con {n3} artisti.",
                    "{p1}, the {age1}-year-old {r1}, {day} presented the programme of the main arts festival in {C}, which returns after {years} years with {n3} artists.",
                    "{p1}, {r1}, de {age1} años, presentó {day} el programa del principal festival de artes {ofC}, que vuelve tras {years} años con {n3} artistas.",
                    "{age1}岁的{r1}{p1}{day}公布了{C}主要艺术节的节目单，该艺术节时隔{years}年回归，将有{n3}位艺术家参加。",
                ],
            ],
            details: &[
                [
                    "Il programma alterna musica tradizionale, teatro contemporaneo e una rassegna di documentari.",
                    "The programme mixes traditional music, contemporary theatre and a documentary season.",
                    "El programa combina música tradicional, teatro contemporáneo y un ciclo de documentales.",
                    "节目包括传统音乐、当代戏剧和纪录片展映。",
                ],
                [
                    "Alcuni spettacoli sono stati cancellati all'ultimo momento dopo un incontro con funzionari del ministero.",
                    "Some performances were cancelled at the last minute after a meeting with ministry officials.",
                    "Algunos espectáculos se cancelaron en el último momento tras una reunión con funcionarios del ministerio.",
                    "在与文化部官员会面后，部分演出在最后一刻被取消。",
                ],
                [
                    "Gli organizzatori hanno raccolto i fondi soprattutto attraverso piccole donazioni e il sostegno di istituzioni straniere.",
                    "The organisers raised the money mainly through small donations and support from foreign institutions.",
                    "Los organizadores reunieron los fondos sobre todo mediante pequeñas donaciones y el apoyo de instituciones extranjeras.",
                    "主办方主要通过小额捐款和外国机构的支持筹集资金。",
                ],
            ],
        },
    ],
    background: &[
        [
            "La scena culturale {ofC} è tra le più vivaci della regione, ma deve fare i conti con una censura sempre più attenta.",
            "The cultural scene in {C} is among the liveliest in the region, but it has to contend with increasingly watchful censors.",
            "La escena cultural {ofC} es una de las más vivas de la región, pero debe lidiar con una censura cada vez más atenta.",
            "{C}的文化界是该地区最活跃的之一，但不得不面对日益严密的审查。",
        ],
        [
            "Dal {year} ogni film, libro o spettacolo deve ottenere un visto preventivo da una commissione governativa.",
            "Since {year} every film, book or show has needed prior approval from a government commission.",
            "Desde {year}, cada película, libro o espectáculo necesita la autorización previa de una comisión gubernamental.",
            "自{year}年起，每部电影、每本书和每场演出都必须事先获得政府委员会的批准。",
        ],
        [
            "Molti artisti hanno scelto di lavorare all'estero, dove trovano più libertà e finanziamenti.",
            "Many artists have chosen to work abroad, where they find more freedom and funding.",
            "Muchos artistas han optado por trabajar en el extranjero, donde encuentran más libertad y financiación.",
            "许多艺术家选择到国外工作，在那里他们能获得更多自由和资金。",
        ],
        [
            "Il pubblico giovane segue sempre più le produzioni indipendenti sulle piattaforme online.",
            "Young audiences increasingly follow independent productions on online platforms.",
            "El público joven sigue cada vez más las producciones independientes en las plataformas en línea.",
            "年轻观众越来越多地在网络平台上观看独立制作的作品。",
        ],
    ],
    figures: &[
        [
            "Secondo il ministero della Cultura, nell'ultimo anno sono stati negati {n3} visti di proiezione o pubblicazione.",
            "According to the culture ministry, {n3} screening or publication permits were refused last year.",
            "Según el Ministerio de Cultura, el año pasado se denegaron {n3} permisos de proyección o publicación.",
            "据文化部统计，去年有{n3}部作品的放映或出版许可被拒。",
        ],
        [
            "Il settore culturale dà lavoro a circa {nbig} persone, {the:pct} delle quali senza un contratto stabile.",
            "The cultural sector employs about {nbig} people, {pct} of them without a stable contract.",
            "El sector cultural da trabajo a unas {nbig} personas, {the:pct} de ellas sin contrato estable.",
            "文化产业从业人员约{nbig}人，其中{pct}没有稳定的合同。",
        ],
    ],
    quotes: &[
        [
            "Un film non può rovesciare un governo. Ma può far sentire meno sole le persone, ed è questo che li spaventa.",
            "A film cannot bring down a government. But it can make people feel less alone, and that is what frightens them.",
            "Una película no puede derribar a un gobierno. Pero puede hacer que la gente se sienta menos sola, y eso es lo que les asusta.",
            "一部电影推翻不了一个政府，但它能让人们不再感到孤单，而这正是他们害怕的。",
        ],
        [
            "La cultura è l'ultimo spazio in cui si può ancora discutere di chi siamo. Per questo va difesa.",
            "Culture is the last space where we can still discuss who we are. That is why it must be defended.",
            "La cultura es el último espacio en el que todavía se puede discutir quiénes somos. Por eso hay que defenderla.",
            "文化是我们仍能讨论“我们是谁”的最后空间。正因如此，它必须得到捍卫。",
        ],
        [
            "Il pubblico c'è ed è giovane, curioso, esigente. Mancano le sale e manca il coraggio delle istituzioni.",
            "The audience is there, and it is young, curious and demanding. What is missing are venues and the courage of institutions.",
            "El público existe y es joven, curioso y exigente. Faltan salas y falta valentía en las instituciones.",
            "观众是有的，而且年轻、好奇、要求很高。缺的是演出场地，缺的是有关机构的勇气。",
        ],
    ],
};
