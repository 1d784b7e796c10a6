//! Economy, energy, labour, technology.

use super::*;

pub(crate) static ECONOMY: Topic = Topic {
    bit: super::ECONOMY,
    weight: 8,
    sensitive: false,
    needs_c2: false,
    tag: ["economia", "economy", "economía", "经济"],
    issue: ["le condizioni economiche", "economic conditions", "las condiciones económicas", "经济"],
    issue_of: ["delle condizioni economiche", "of economic conditions", "de las condiciones económicas", "经济"],
    officials: &[
        role(
            "ministro delle Finanze",
            "ministra delle Finanze",
            "finance minister",
            "ministro de Finanzas",
            "ministra de Finanzas",
            "财政部长",
        ),
        role(
            "governatore della banca centrale",
            "governatrice della banca centrale",
            "central bank governor",
            "gobernador del banco central",
            "gobernadora del banco central",
            "央行行长",
        ),
    ],
    sources: &[
        same("economista", "economist", "economista", "经济学家"),
        role("imprenditore", "imprenditrice", "business owner", "empresario", "empresaria", "企业主"),
        role(
            "analista finanziario",
            "analista finanziaria",
            "financial analyst",
            "analista financiero",
            "analista financiera",
            "金融分析师",
        ),
    ],
    events: &[
        Event {
            roles: &[
                same("commerciante", "shopkeeper", "comerciante", "店主"),
                role("pensionato", "pensionata", "pensioner", "jubilado", "jubilada", "退休人员"),
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["inflazione", "inflation", "inflación", "通货膨胀"], ["povertà", "poverty", "pobreza", "贫困"]],
            headlines: &[
                [
                    "{^Cb}, l'inflazione sale {to:pctd}: il cibo costa {the:pct} in più","Inflation in {C} climbs to {pctd}, food prices up {pct}","{^Cb}: la inflación sube {to:pctd} y la comida sube {a:pct}","{C}通胀率升至{pctd}，食品价格涨{pct}",],
                [
                    "{^Cb}, la valuta perde {the:pctd} in {weeks} settimane: corsa al dollaro","{^Cb}: currency slumps {pctd} in {weeks} weeks, savers rush to dollar","{^Cb}: la moneda pierde {the:pctd} en {weeks} semanas, fiebre del dólar","{C}货币{weeks}周内贬值{pctd}，民众争相兑换美元",],
                [
                    "{^a_city} la spesa sale {of:pctd} in {months} mesi","Grocery bills in {city} up {pctd} in {months} months","En {city} la compra sube {a:pctd} en {months} meses","{city}日常开支{months}个月上涨{pctd}",],
            ],
            standfirsts: &[
                [
                    "L'aumento dei prezzi colpisce soprattutto le famiglie più povere, mentre la banca centrale alza di nuovo i tassi.",
                    "Rising prices hit the poorest families hardest, while the central bank raises rates again.",
                    "La subida de los precios golpea sobre todo a las familias más pobres, mientras el banco central vuelve a subir los tipos.",
                    "物价上涨对最贫困的家庭打击最大，与此同时央行再次加息。",
                ],
                [
                    "{p1}, {r1} di {city}, racconta di aver rinunciato alla carne e alle medicine non essenziali. Gli economisti temono una recessione.",
                    "{p1}, {a:r1} in {city}, says {p1?he|she} has given up meat and non-essential medicines. Economists fear a recession.",
                    "{p1}, {r1} de {city}, cuenta que ha renunciado a la carne y a las medicinas no esenciales. Los economistas temen una recesión.",
                    "{city}的{r1}{p1}说，{p1?他|她}已经不再买肉，也不再买非必需的药品。经济学家担心经济将陷入衰退。",
                ],
            ],
            leads: &[
                [
                    "L'inflazione {inC} ha raggiunto {the:pctd} su base annua, il livello più alto da {years} anni, secondo i dati diffusi {day} dall'istituto di statistica.",
                    "Inflation in {C} reached {pctd} year on year, its highest level in {years} years, according to figures released {day} by the statistics office.",
                    "La inflación {inC} alcanzó {the:pctd} interanual, el nivel más alto en {years} años, según los datos publicados {day} por el instituto de estadística.",
                    "根据统计部门{day}公布的数据，{C}的年通胀率达到{pctd}，为{years}年来最高水平。",
                ],
                [
                    "I prezzi dei generi alimentari {inC} sono aumentati {of:pctd} in un anno e molte famiglie, come quella di {p1}, {r1} di {age1} anni, hanno dovuto ridurre i pasti.",
                    "Food prices in {C} have risen {pctd} in a year, and many families, like that of {p1}, a {age1}-year-old {r1}, have had to cut back on meals.",
                    "Los precios de los alimentos {inC} han subido {a:pctd} en un año y muchas familias, como la de {p1}, {r1} de {age1} años, han tenido que reducir las comidas.",
                    "{C}食品价格一年内上涨了{pctd}，许多家庭不得不减少餐食，{age1}岁的{r1}{p1}一家就是其中之一。",
                ],
            ],
            details: &[
                [
                    "Il prezzo del carburante è raddoppiato rispetto a due anni fa e si ripercuote sui trasporti e sui generi di prima necessità.",
                    "The price of fuel has doubled compared with two years ago, feeding through into transport and basic goods.",
                    "El precio del combustible se ha duplicado respecto a hace dos años y repercute en el transporte y los productos básicos.",
                    "燃料价格比两年前翻了一番，并传导至交通运输和基本生活用品。",
                ],
                [
                    "La valuta nazionale ha perso {the:pct} del suo valore rispetto al dollaro dall'inizio dell'anno.",
                    "The national currency has lost {pct} of its value against the dollar since the start of the year.",
                    "La moneda nacional ha perdido {the:pct} de su valor frente al dólar desde principios de año.",
                    "今年以来，本国货币兑美元已贬值{pct}。",
                ],
                [
                    "Nei mercati molti commercianti espongono ormai i prezzi in dollari o li aggiornano ogni settimana.",
                    "In the markets many traders now display prices in dollars or update them every week.",
                    "En los mercados, muchos comerciantes ya exponen los precios en dólares o los actualizan cada semana.",
                    "在市场上，许多商贩如今以美元标价，或者每周更新一次价格。",
                ],
            ],
        },
        Event {
            roles: &[role(
                "economista",
                "economista",
                "economist",
                "economista",
                "economista",
                "经济学家",
            )],
            p1_foreign: false,
            good_news: false,
            tags: &[["debito", "debt", "deuda", "债务"], ["Fondo monetario", "IMF", "FMI", "国际货币基金组织"]],
            headlines: &[
                [
                    "{^Cb}, dal Fondo monetario {money} in {years} anni","{^Cb}: IMF lends {money} for {years}-year reform plan","{^Cb}: el FMI presta {money} en {years} años","{C}获基金组织{money}贷款，分{years}年发放",],
                [
                    "{^Cb}, {n2} in piazza contro i tagli imposti dal Fondo monetario",
                    "{^Cb}: {n2} protest against IMF-imposed cuts",
                    "{^Cb}: {n2} personas protestan contra los recortes del FMI",
                    "{C}{n2}人抗议国际货币基金组织要求的紧缩",
                ],
                [
                    "{^Cb}, riserve per {months} mesi: chiesti {money} ai creditori","{^Cb} seeks {money} as reserves cover just {months} months of imports","{^Cb}: reservas para {months} meses, pide {money}","{C}外汇储备仅够{months}个月，寻求{money}贷款",],
            ],
            standfirsts: &[
                [
                    "In cambio del prestito, il governo si impegna a tagliare i sussidi sul carburante e ad aumentare le tasse sui consumi.",
                    "In exchange for the loan, the government commits to cutting fuel subsidies and raising consumption taxes.",
                    "A cambio del préstamo, el Gobierno se compromete a recortar los subsidios a los combustibles y a subir los impuestos al consumo.",
                    "作为贷款条件，政府承诺削减燃油补贴并提高消费税。",
                ],
                [
                    "Le riserve in valuta estera bastano ormai per meno di {months} mesi di importazioni. I sindacati annunciano scioperi.",
                    "Foreign currency reserves now cover less than {months} months of imports. Unions are announcing strikes.",
                    "Las reservas de divisas ya solo cubren menos de {months} meses de importaciones. Los sindicatos anuncian huelgas.",
                    "外汇储备目前已不足以支付{months}个月的进口。工会宣布将举行罢工。",
                ],
            ],
            leads: &[
                [
                    "Il governo {ofC} ha raggiunto {day} un accordo con il Fondo monetario internazionale per un prestito da {money}, legato a un programma di riforme di {years} anni.",
                    "The government of {C} {day} reached an agreement with the International Monetary Fund for a {money} loan tied to a {years}-year reform programme.",
                    "El Gobierno {ofC} alcanzó {day} un acuerdo con el Fondo Monetario Internacional para un préstamo de {money}, vinculado a un programa de reformas de {years} años.",
                    "{C}政府{day}与国际货币基金组织达成协议，获得{money}贷款，条件是实施一项为期{years}年的改革计划。",
                ],
                [
                    "Con le riserve in valuta ridotte al minimo, {C} {C?ha|hanno} chiesto {day} ai creditori internazionali un nuovo prestito da {money} per evitare il default.",
                    "With foreign currency reserves at a minimum, {C} {day} asked international lenders for a new {money} loan to avoid default.",
                    "Con las reservas de divisas en mínimos, {C} pidió {day} a los acreedores internacionales un nuevo préstamo de {money} para evitar el impago.",
                    "由于外汇储备已降至最低水平，{C}{day}向国际债权人申请一笔{money}的新贷款，以避免违约。",
                ],
            ],
            details: &[
                [
                    "Il piano prevede la privatizzazione di alcune aziende pubbliche e tagli alla spesa pari {to:pct} del bilancio.",
                    "The plan includes the privatisation of several state companies and spending cuts equal to {pct} of the budget.",
                    "El plan prevé la privatización de varias empresas públicas y recortes del gasto equivalentes {to:pct} del presupuesto.",
                    "该计划包括将若干国有企业私有化，以及削减相当于预算{pct}的开支。",
                ],
                [
                    "I sindacati hanno già annunciato uno sciopero generale contro i tagli ai sussidi.",
                    "Unions have already announced a general strike against the subsidy cuts.",
                    "Los sindicatos ya han anunciado una huelga general contra los recortes de los subsidios.",
                    "工会已宣布将举行总罢工，反对削减补贴。",
                ],
                [
                    "Le esportazioni {of:sector}, principale fonte di valuta estera, sono calate {of:pct} nell'ultimo anno.",
                    "Exports from the {sector}, the main source of foreign currency, fell {pct} in the past year.",
                    "Las exportaciones {of:sector}, principal fuente de divisas, cayeron {a:pct} en el último año.",
                    "作为外汇主要来源的{sector}出口额在过去一年下降了{pct}。",
                ],
            ],
        },
    ],
    background: &[
        [
            "L'economia {ofC} dipende in larga parte dalle rimesse dei lavoratori all'estero e dalle esportazioni {of:sector}.",
            "The economy of {C} depends largely on remittances from workers abroad and on exports from the {sector}.",
            "La economía {ofC} depende en gran medida de las remesas de los trabajadores en el extranjero y de las exportaciones {of:sector}.",
            "{C}经济在很大程度上依赖海外劳工的汇款以及{sector}的出口。",
        ],
        [
            "Dopo la pandemia la crescita aveva ripreso slancio, ma il rincaro dell'energia ha riaperto il deficit commerciale.",
            "After the pandemic growth had picked up again, but rising energy costs reopened the trade deficit.",
            "Tras la pandemia, el crecimiento había recuperado impulso, pero el encarecimiento de la energía reabrió el déficit comercial.",
            "疫情过后，经济增长曾一度恢复势头，但能源价格上涨使贸易逆差再度扩大。",
        ],
        [
            "Circa {the:pct} della popolazione vive con meno di tre dollari al giorno, secondo le stime della Banca mondiale.",
            "About {pct} of the population lives on less than three dollars a day, according to World Bank estimates.",
            "Cerca {of:pct} de la población vive con menos de tres dólares al día, según las estimaciones del Banco Mundial.",
            "根据世界银行的估计，约{pct}的人口每天生活费不足3美元。",
        ],
        [
            "Il debito estero è cresciuto rapidamente nell'ultimo decennio, anche a causa di grandi opere finanziate con prestiti stranieri.",
            "Foreign debt has grown rapidly over the past decade, partly because of large infrastructure projects financed with foreign loans.",
            "La deuda externa ha crecido rápidamente en la última década, en parte por grandes obras financiadas con préstamos extranjeros.",
            "过去十年，外债迅速增长，部分原因是大量依靠外国贷款修建的大型工程。",
        ],
    ],
    figures: &[
        [
            "Secondo l'istituto di statistica, la disoccupazione giovanile ha raggiunto {the:pct}, il dato più alto dal {year}.",
            "According to the statistics office, youth unemployment has reached {pct}, the highest since {year}.",
            "Según el instituto de estadística, el desempleo juvenil ha alcanzado {the:pct}, la cifra más alta desde {year}.",
            "据统计部门称，青年失业率已达到{pct}，为{year}年以来最高。",
        ],
        [
            "Le rimesse dall'estero valgono ogni anno circa **{money}**, più degli investimenti stranieri.",
            "Remittances from abroad are worth about **{money}** a year, more than foreign investment.",
            "Las remesas del exterior suponen cada año unos **{money}**, más que la inversión extranjera.",
            "每年来自海外的汇款约为**{money}**，超过外国投资。",
        ],
    ],
    quotes: &[
        [
            "Un anno fa con questo stipendio riuscivo a risparmiare qualcosa. Oggi a metà mese non resta più niente.",
            "A year ago I could save something from this salary. Today there is nothing left by the middle of the month.",
            "Hace un año, con este sueldo conseguía ahorrar algo. Hoy a mitad de mes ya no queda nada.",
            "一年前，靠这份工资我还能存点钱。现在还没到月中，钱就花光了。",
        ],
        [
            "Le riforme sono necessarie, ma se il peso ricade sempre sui più poveri la società non reggerà.",
            "Reforms are necessary, but if the burden always falls on the poorest, society will not hold.",
            "Las reformas son necesarias, pero si el peso recae siempre sobre los más pobres, la sociedad no aguantará.",
            "改革是必要的，但如果负担总是落在最穷的人身上，社会将难以承受。",
        ],
        [
            "Le piccole imprese stanno chiudendo una dopo l'altra. Senza credito e con questi tassi, nessuno investe più.",
            "Small businesses are closing one after another. Without credit and with these interest rates, nobody invests any more.",
            "Las pequeñas empresas cierran una tras otra. Sin crédito y con estos tipos de interés, ya nadie invierte.",
            "小企业一家接一家地倒闭。没有贷款，利率又这么高，已经没有人再投资了。",
        ],
    ],
};

pub(crate) static ENERGY: Topic = Topic {
    bit: super::ENERGY,
    weight: 5,
    sensitive: false,
    needs_c2: false,
    tag: ["energia", "energy", "energía", "能源"],
    issue: ["la sicurezza energetica", "energy security", "la seguridad energética", "能源安全"],
    issue_of: ["della sicurezza energetica", "of energy security", "de la seguridad energética", "能源安全"],
    officials: &[
        role(
            "ministro dell'Energia",
            "ministra dell'Energia",
            "energy minister",
            "ministro de Energía",
            "ministra de Energía",
            "能源部长",
        ),
        role(
            "direttore della compagnia elettrica statale",
            "direttrice della compagnia elettrica statale",
            "head of the state power company",
            "director de la compañía eléctrica estatal",
            "directora de la compañía eléctrica estatal",
            "国家电力公司总经理",
        ),
    ],
    sources: &[
        role("ingegnere", "ingegnera", "energy engineer", "ingeniero", "ingeniera", "能源工程师"),
        RESIDENT,
        role(
            "esperto di energia",
            "esperta di energia",
            "energy expert",
            "experto en energía",
            "experta en energía",
            "能源专家",
        ),
    ],
    events: &[
        Event {
            roles: &[RESIDENT, same("commerciante", "shopkeeper", "comerciante", "店主")],
            p1_foreign: false,
            good_news: false,
            tags: &[["blackout", "power cuts", "apagones", "停电"]],
            headlines: &[
                [
                    "{^Cb}, blackout fino a {hours} ore al giorno: ferme {n2} fabbriche",
                    "{^Cb}: {hours}-hour power cuts shut {n2} factories",
                    "{^Cb}: apagones de hasta {hours} horas al día paralizan {n2} fábricas",
                    "{C}每天停电长达{hours}小时，{n2}家工厂停工",
                ],
                [
                    "{^Cb}, {nbig} famiglie senza luce {a_city}",
                    "{^Cb}: {nbig} households in {city} without power as grid collapses",
                    "{^Cb}: {nbig} familias sin luz en {city}",
                    "{city}{nbig}户家庭断电，电网崩溃",
                ],
                [
                    "{^Cb}, scuole chiuse {days} giorni e consumi tagliati {of:pctd}","{^Cb}: schools shut {days} days, power use cut {pctd}","{^Cb}, crisis energética: escuelas cerradas {days} días y consumo recortado {a:pctd}","{C}能源危机：学校停课{days}天，用电量削减{pctd}",],
            ],
            standfirsts: &[
                [
                    "La carenza di combustibile ha messo in ginocchio la rete elettrica. Ospedali e fabbriche dipendono dai generatori.",
                    "A fuel shortage has brought the power grid to its knees. Hospitals and factories depend on generators.",
                    "La escasez de combustible ha puesto de rodillas la red eléctrica. Hospitales y fábricas dependen de los generadores.",
                    "燃料短缺使电网陷入瘫痪。医院和工厂只能依靠发电机维持运转。",
                ],
                [
                    "Il governo promette nuove forniture entro {nextmonth}, ma le famiglie restano al buio per gran parte della giornata.",
                    "The government promises new supplies by {nextmonth}, but families remain in the dark for much of the day.",
                    "El Gobierno promete nuevos suministros antes de {nextmonth}, pero las familias siguen a oscuras gran parte del día.",
                    "政府承诺在{nextmonth}前增加供应，但许多家庭一天中的大部分时间仍处于断电状态。",
                ],
            ],
            leads: &[
                [
                    "{^inC} i blackout programmati arrivano ormai a {hours} ore al giorno e hanno costretto alla chiusura almeno {n2} fabbriche, secondo le associazioni industriali.",
                    "Scheduled power cuts in {C} now last up to {hours} hours a day and have forced at least {n2} factories to close, according to industry associations.",
                    "Los cortes programados de electricidad {inC} llegan ya a {hours} horas al día y han obligado a cerrar al menos {n2} fábricas, según las asociaciones industriales.",
                    "据行业协会称，{C}的计划停电目前每天长达{hours}小时，已迫使至少{n2}家工厂停产。",
                ],
                [
                    "Circa {nbig} famiglie sono rimaste senza elettricità {inC} dopo il collasso della rete, che il governo attribuisce alla mancanza di combustibile.",
                    "About {nbig} households in {C} have been left without electricity after the collapse of the grid, which the government blames on a lack of fuel.",
                    "Unas {nbig} familias se han quedado sin electricidad {inC} tras el colapso de la red, que el Gobierno atribuye a la falta de combustible.",
                    "电网崩溃后，{C}约{nbig}户家庭断电，政府将此归咎于燃料短缺。",
                ],
            ],
            details: &[
                [
                    "Gli ospedali hanno rinviato gli interventi non urgenti e funzionano con generatori a gasolio.",
                    "Hospitals have postponed non-urgent operations and are running on diesel generators.",
                    "Los hospitales han aplazado las operaciones no urgentes y funcionan con generadores diésel.",
                    "医院推迟了非紧急手术，依靠柴油发电机运转。",
                ],
                [
                    "Il governo ha chiesto ai cittadini di limitare l'uso dei condizionatori e ha ridotto l'orario degli uffici pubblici.",
                    "The government has asked citizens to limit the use of air conditioning and has shortened office hours in the public sector.",
                    "El Gobierno ha pedido a los ciudadanos que limiten el uso del aire acondicionado y ha reducido el horario de las oficinas públicas.",
                    "政府要求民众限制使用空调，并缩短了公共部门的办公时间。",
                ],
                [
                    "Secondo gli esperti, il problema nasce dai debiti accumulati con i fornitori di gas e carbone.",
                    "According to experts, the problem stems from debts accumulated with gas and coal suppliers.",
                    "Según los expertos, el problema nace de las deudas acumuladas con los proveedores de gas y carbón.",
                    "专家认为，问题根源在于拖欠天然气和煤炭供应商的债务。",
                ],
            ],
        },
        Event {
            roles: &[
                same(
                    "portavoce del comitato dei residenti",
                    "spokesperson for the residents' committee",
                    "portavoz del comité de vecinos",
                    "居民委员会发言人",
                ),
                FARMER,
                Role {
                    it: ["pescatore", "pescatrice"],
                    en: ["fisherman", "fisherwoman"],
                    es: ["pescador", "pescadora"],
                    zh: "渔民",
                    male_only: false,
                },
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["grandi opere", "infrastructure", "infraestructuras", "基础设施"]],
            headlines: &[
                [
                    "{^Cb}, proteste per una {plant} da {money}",
                    "{^Cb}: protests over {money} {plant}",
                    "{^Cb}: protestas por una {plant} de {money}",
                    "{C}{money}{plant}项目引发抗议",
                ],
                [
                    "{p1}: «{n3} famiglie cacciate per una {plant}»",
                    "{p1}: “{n3} families forced out for a {plant}”",
                    "{p1}: «{n3} familias expulsadas por una {plant}»",
                    "{p1}：“{n3}户人家为{plant}让路”",
                ],
                [
                    "{^Cb}, {n3} sfollati per la {plant} di {city}",
                    "{^Cb}: {n3} displaced for the {plant} in {city}",
                    "{^Cb}: {n3} desplazados por la {plant} de {city}",
                    "{city}{plant}致{n3}户家庭搬迁",
                ],
            ],
            standfirsts: &[
                [
                    "Il progetto dovrebbe produrre energia per {nbig} abitazioni, ma comporta lo spostamento di {n3} famiglie.",
                    "The project is expected to power {nbig} homes, but will require {n3} families to be relocated.",
                    "El proyecto debería abastecer a {nbig} hogares, pero obliga a trasladar a {n3} familias.",
                    "该项目预计可为{nbig}户家庭供电，但需要搬迁{n3}户家庭。",
                ],
                [
                    "I residenti temono per l'acqua e per la terra. {p1}, {r1}, chiede una valutazione ambientale indipendente.",
                    "Residents fear for their water and land. {p1}, {a:r1}, is calling for an independent environmental assessment.",
                    "Los vecinos temen por el agua y la tierra. {p1}, {r1}, pide una evaluación ambiental independiente.",
                    "居民们担心水源和土地受到影响。{r1}{p1}要求进行独立的环境评估。",
                ],
            ],
            leads: &[
                [
                    "Il governo {ofC} ha approvato {day} la costruzione di una {plant} da {money}, nonostante le proteste di {n3} famiglie che dovranno lasciare le loro terre.",
                    "The government of {C} {day} approved the construction of a {money} {plant}, despite protests from {n3} families who will have to leave their land.",
                    "El Gobierno {ofC} aprobó {day} la construcción de una {plant} de {money}, pese a las protestas de {n3} familias que deberán abandonar sus tierras.",
                    "{C}政府{day}批准修建一座投资{money}的{plant}，尽管将被迫离开土地的{n3}户家庭对此表示抗议。",
                ],
                [
                    "Centinaia di abitanti, guidati da {p1}, {age1} anni, {r1}, hanno bloccato {day} la strada che porta al cantiere di una nuova {plant} {inC}.",
                    "Hundreds of residents, led by {p1}, a {age1}-year-old {r1}, {day} blocked the road to the construction site of a new {plant} in {C}.",
                    "Cientos de vecinos, encabezados por {p1}, {r1}, de {age1} años, bloquearon {day} la carretera que lleva a las obras de una nueva {plant} {inC}.",
                    "数百名居民在{age1}岁的{r1}{p1}带领下，{day}封堵了通往{C}一座新{plant}工地的道路。",
                ],
            ],
            details: &[
                [
                    "Secondo il comitato dei residenti, la valutazione di impatto ambientale non è mai stata resa pubblica.",
                    "According to the residents' committee, the environmental impact assessment has never been made public.",
                    "Según el comité de vecinos, la evaluación de impacto ambiental nunca se ha hecho pública.",
                    "据居民委员会称，环境影响评估报告从未公开。",
                ],
                [
                    "L'opera sarà realizzata da un consorzio straniero e dovrebbe entrare in funzione entro {years} anni.",
                    "The project will be built by a foreign consortium and is due to come online within {years} years.",
                    "La obra será construida por un consorcio extranjero y debería entrar en funcionamiento en un plazo de {years} años.",
                    "该工程将由一家外国财团承建，预计在{years}年内投入运营。",
                ],
                [
                    "Le famiglie da trasferire denunciano indennizzi molto inferiori al valore delle terre.",
                    "Families facing relocation say the compensation offered is far below the value of their land.",
                    "Las familias que deben trasladarse denuncian indemnizaciones muy inferiores al valor de sus tierras.",
                    "需要搬迁的家庭表示，补偿金额远低于土地的实际价值。",
                ],
            ],
        },
    ],
    background: &[
        [
            "{^C} importa gran parte del combustibile che consuma e per questo risente fortemente delle oscillazioni dei prezzi internazionali.",
            "{^C} imports much of the fuel it consumes and is therefore exposed to swings in international prices.",
            "{^C} importa gran parte del combustible que consume, por lo que sufre las oscilaciones de los precios internacionales.",
            "{C}消耗的燃料大部分依赖进口，因此极易受到国际价格波动的影响。",
        ],
        [
            "Il piano energetico nazionale prevede di portare le rinnovabili {to:pct} della produzione entro il 2035.",
            "The national energy plan aims to raise renewables to {pct} of generation by 2035.",
            "El plan energético nacional prevé elevar las renovables {to:pct} de la producción para 2035.",
            "国家能源计划提出，到2035年将可再生能源在发电量中的占比提高到{pct}。",
        ],
        [
            "Il carbone resta la prima fonte di elettricità, nonostante gli impegni presi alle conferenze sul clima.",
            "Coal remains the main source of electricity, despite pledges made at climate conferences.",
            "El carbón sigue siendo la principal fuente de electricidad, pese a los compromisos asumidos en las conferencias sobre el clima.",
            "尽管在气候大会上作出了承诺，煤炭仍是最主要的电力来源。",
        ],
        [
            "Negli ultimi anni le grandi opere energetiche sono state finanziate soprattutto da banche straniere.",
            "In recent years large energy projects have been financed mainly by foreign banks.",
            "En los últimos años, las grandes obras energéticas han sido financiadas sobre todo por bancos extranjeros.",
            "近年来，大型能源项目主要由外国银行提供融资。",
        ],
    ],
    figures: &[
        [
            "La domanda di elettricità è cresciuta {of:pct} negli ultimi {years} anni, mentre la capacità installata è rimasta quasi ferma.",
            "Electricity demand has grown {pct} over the past {years} years, while installed capacity has barely changed.",
            "La demanda de electricidad ha crecido {a:pct} en los últimos {years} años, mientras que la capacidad instalada apenas ha variado.",
            "过去{years}年，电力需求增长了{pct}，而装机容量几乎没有变化。",
        ],
        [
            "Le perdite della compagnia elettrica statale hanno superato {money} nell'ultimo anno.",
            "Losses at the state power company exceeded {money} last year.",
            "Las pérdidas de la compañía eléctrica estatal superaron {money} el año pasado.",
            "国家电力公司去年的亏损超过{money}。",
        ],
    ],
    quotes: &[
        [
            "Senza corrente non possiamo lavorare né conservare il cibo. Ogni sera accendiamo le candele come cent'anni fa.",
            "Without power we can't work or keep food. Every evening we light candles like a hundred years ago.",
            "Sin luz no podemos trabajar ni conservar la comida. Cada noche encendemos velas como hace cien años.",
            "没有电，我们既不能工作，也没法保存食物。每天晚上我们都像一百年前那样点蜡烛。",
        ],
        [
            "Nessuno è contro l'energia. Siamo contro un progetto deciso sopra le nostre teste, senza ascoltare chi vive qui.",
            "Nobody is against energy. We are against a project decided over our heads, without listening to those who live here.",
            "Nadie está en contra de la energía. Estamos en contra de un proyecto decidido a nuestras espaldas, sin escuchar a quienes viven aquí.",
            "没有人反对能源建设。我们反对的是一个没有听取当地居民意见、擅自决定的项目。",
        ],
        [
            "La transizione energetica è possibile, ma servono investimenti nella rete, non solo nuove centrali.",
            "The energy transition is possible, but it needs investment in the grid, not just new power plants.",
            "La transición energética es posible, pero hacen falta inversiones en la red, no solo nuevas centrales.",
            "能源转型是可能的，但需要投资电网，而不仅仅是建新电厂。",
        ],
    ],
};

pub(crate) static LABOUR: Topic = Topic {
    bit: super::LABOUR,
    weight: 7,
    sensitive: true,
    needs_c2: false,
    tag: ["lavoro", "labour", "trabajo", "劳工"],
    issue: ["i diritti dei lavoratori", "workers' rights", "los derechos de los trabajadores", "劳工权益"],
    issue_of: ["dei diritti dei lavoratori", "of workers' rights", "de los derechos de los trabajadores", "劳工权益"],
    officials: &[
        role(
            "ministro del Lavoro",
            "ministra del Lavoro",
            "labour minister",
            "ministro de Trabajo",
            "ministra de Trabajo",
            "劳工部长",
        ),
        SPOKESPERSON,
    ],
    sources: &[
        same("sindacalista", "trade unionist", "sindicalista", "工会人士"),
        WORKER,
        role(
            "esperto di diritto del lavoro",
            "esperta di diritto del lavoro",
            "labour law expert",
            "experto en derecho laboral",
            "experta en derecho laboral",
            "劳动法专家",
        ),
    ],
    events: &[
        Event {
            roles: &[
                same("leader sindacale", "union leader", "líder sindical", "工会领袖"),
                role("lavoratore", "lavoratrice", "worker", "trabajador", "trabajadora", "工人"),
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["sindacati", "trade unions", "sindicatos", "工会"], ["salari", "wages", "salarios", "工资"]],
            headlines: &[
                [
                    "{^Cb}, sciopero {of:sector}: {nbig} lavoratori chiedono salari più alti",
                    "{^Cb}: {nbig} workers in the {sector} strike for higher pay",
                    "{^Cb}: huelga {of:sector}, {nbig} trabajadores piden más salario","{C}{sector}{nbig}名工人罢工要求加薪",
                ],
                [
                    "{^Cb}, in piazza {n2} operai: salario fermo da {years} anni",
                    "{^Cb}: {n2} workers protest wage frozen for {years} years",
                    "{^Cb}: {n2} obreros protestan por un salario congelado hace {years} años",
                    "{C}最低工资{years}年未涨，{n2}名工人上街",
                ],
                [
                    "{^Cb}, sciopero {of:sector}: arrestat{p1?o|a} {p1}, {age1} anni","{^Cb}: {r1} {p1}, {age1}, arrested after {sector} strike","Huelga {of:sector}: detenid{p1?o|a} {p1}, {age1} años","{C}{age1}岁{p1}因领导{sector}罢工被捕",],
            ],
            standfirsts: &[
                [
                    "I lavoratori chiedono un aumento del salario minimo, fermo da {years} anni nonostante l'inflazione. Le aziende minacciano licenziamenti.",
                    "Workers are demanding a rise in the minimum wage, frozen for {years} years despite inflation. Companies are threatening layoffs.",
                    "Los trabajadores exigen una subida del salario mínimo, congelado desde hace {years} años pese a la inflación. Las empresas amenazan con despidos.",
                    "工人们要求提高最低工资，尽管通胀高企，最低工资已{years}年没有上调。企业则以裁员相威胁。",
                ],
                [
                    "{^the:r1} {p1}, che ha guidato la protesta, è stat{p1?o|a} fermat{p1?o|a} dalla polizia. Il sindacato parla di intimidazione.",
                    "{^r1} {p1}, who led the protest, was detained by police. The union calls it intimidation.",
                    "{^the:r1} {p1}, que encabezó la protesta, fue detenid{p1?o|a} por la policía. El sindicato habla de intimidación.",
                    "领导抗议的{r1}{p1}被警方拘留。工会称这是恐吓。",
                ],
            ],
            leads: &[
                [
                    "Circa {nbig} lavoratori {of:sector} hanno incrociato le braccia {day} {inC} per chiedere un aumento del salario minimo, fermo da {years} anni.",
                    "Around {nbig} workers in the {sector} in {C} walked out {day} to demand a rise in the minimum wage, which has been frozen for {years} years.",
                    "Unos {nbig} trabajadores {of:sector} se declararon en huelga {day} {inC} para exigir una subida del salario mínimo, congelado desde hace {years} años.",
                    "{C}{sector}约{nbig}名工人{day}举行罢工，要求提高已{years}年未调整的最低工资。",
                ],
                [
                    "{^the:r1} {p1}, {age1} anni, è stat{p1?o|a} arrestat{p1?o|a} {day} {inC} poche ore dopo aver guidato uno sciopero {of:sector} a cui hanno aderito migliaia di lavoratori.",
                    "{^r1} {p1}, {age1}, was arrested in {C} {day} hours after leading a strike in the {sector} joined by thousands of workers.",
                    "{^the:r1} {p1}, de {age1} años, fue detenid{p1?o|a} {day} {inC} pocas horas después de encabezar una huelga {of:sector} secundada por miles de trabajadores.",
                    "{age1}岁的{r1}{p1}{day}在{C}被捕，几个小时前，{p1?他|她}刚刚领导了一场有数千名工人参加的{sector}罢工。",
                ],
            ],
            details: &[
                [
                    "Il salario minimo attuale non basta a coprire l'affitto e il cibo di una famiglia di quattro persone.",
                    "The current minimum wage is not enough to cover rent and food for a family of four.",
                    "El salario mínimo actual no alcanza para cubrir el alquiler y la comida de una familia de cuatro personas.",
                    "目前的最低工资不足以支付一个四口之家的房租和伙食。",
                ],
                [
                    "Gli imprenditori sostengono che un aumento farebbe perdere competitività rispetto ai paesi vicini.",
                    "Employers argue that a rise would cost competitiveness against neighbouring countries.",
                    "Los empresarios sostienen que una subida haría perder competitividad frente a los países vecinos.",
                    "企业主认为，提高工资会使本国相对于邻国失去竞争力。",
                ],
                [
                    "Molti operai lavorano dodici ore al giorno, sei giorni su sette, spesso senza contratto.",
                    "Many workers put in twelve hours a day, six days a week, often without a contract.",
                    "Muchos obreros trabajan doce horas al día, seis días a la semana, a menudo sin contrato.",
                    "许多工人每天工作12小时，每周工作6天，而且往往没有合同。",
                ],
            ],
        },
        Event {
            roles: &[WORKER, role("sopravvissuto", "sopravvissuta", "survivor", "superviviente", "superviviente", "幸存者")],
            p1_foreign: false,
            good_news: false,
            tags: &[
                ["sicurezza sul lavoro", "workplace safety", "seguridad laboral", "工作安全"],
                ["incidenti", "accidents", "accidentes", "事故"],
            ],
            headlines: &[
                [
                    "Rogo in fabbrica {a_city}: {n1} morti e {n3} feriti",
                    "Factory fire in {city} leaves {n1} dead, {n3} injured",
                    "Incendio en una fábrica de {city}: {n1} muertos y {n3} heridos",
                    "{C}{city}工厂火灾致{n1}死{n3}伤",
                ],
                [
                    "{p1}, {age1} anni, sopravvissut{p1?o|a} al rogo di {city}: «Uscite chiuse»","{p1}, {age1}, survivor of {city} fire: “Exits were locked”","{p1}, {age1} años, superviviente del incendio de {city}: «Salidas cerradas»","{age1}岁幸存者{p1}：“{city}工厂门被锁”",],
                [
                    "Dopo il rogo di {city}, ispezioni in {n2} fabbriche",
                    "After {city} blaze, {n2} factories to be inspected",
                    "Tras el incendio de {city}, inspecciones en {n2} fábricas",
                    "{city}火灾后，{C}将检查{n2}家工厂",
                ],
            ],
            standfirsts: &[
                [
                    "Secondo i sopravvissuti, le uscite di sicurezza erano chiuse a chiave per impedire i furti. Il proprietario è stato arrestato.",
                    "According to survivors, the emergency exits were locked to prevent theft. The owner has been arrested.",
                    "Según los supervivientes, las salidas de emergencia estaban cerradas con llave para evitar robos. El propietario ha sido detenido.",
                    "据幸存者称，为防止盗窃，紧急出口被锁住了。工厂老板已被逮捕。",
                ],
                [
                    "Le vittime sono almeno {n1}, quasi tutte giovani donne. I sindacati chiedono ispezioni in tutte le fabbriche {of:sector}.",
                    "At least {n1} people died, almost all of them young women. Unions are demanding inspections at every factory in the {sector}.",
                    "Las víctimas son al menos {n1}, casi todas mujeres jóvenes. Los sindicatos piden inspecciones en todas las fábricas {of:sector}.",
                    "至少{n1}人遇难，几乎都是年轻女性。工会要求对{sector}的所有工厂进行检查。",
                ],
            ],
            leads: &[
                [
                    "Almeno {n1} operai sono morti e {n3} sono rimasti feriti nell'incendio che {day} ha distrutto una fabbrica {of:sector} {inC}.",
                    "At least {n1} workers were killed and {n3} injured when fire destroyed a factory in the {sector} in {C} {day}.",
                    "Al menos {n1} obreros murieron y {n3} resultaron heridos en el incendio que {day} destruyó una fábrica {of:sector} {inC}.",
                    "{day}，{C}一家{sector}工厂发生火灾，造成至少{n1}名工人死亡、{n3}人受伤。",
                ],
                [
                    "{p1}, {r1} di {age1} anni, è tra i sopravvissuti dell'incendio che {day} ha devastato una fabbrica {inC}, uccidendo almeno {n1} colleghi.",
                    "{p1}, a {age1}-year-old {r1}, is among the survivors of the fire that devastated a factory in {C} {day}, killing at least {n1} co-workers.",
                    "{p1}, {r1} de {age1} años, está entre los supervivientes del incendio que {day} devastó una fábrica {inC} y mató al menos a {n1} compañeros.",
                    "{age1}岁的{r1}{p1}是{day}{C}一家工厂火灾的幸存者之一，这场火灾造成至少{n1}名工友丧生。",
                ],
            ],
            details: &[
                [
                    "Le fiamme sono partite dal piano terra, dove erano stoccati materiali infiammabili, e si sono propagate in pochi minuti.",
                    "The fire started on the ground floor, where flammable materials were stored, and spread within minutes.",
                    "Las llamas comenzaron en la planta baja, donde se almacenaban materiales inflamables, y se propagaron en pocos minutos.",
                    "大火从存放易燃材料的一楼燃起，几分钟内迅速蔓延。",
                ],
                [
                    "L'edificio aveva ottenuto il certificato di sicurezza appena {months} mesi prima.",
                    "The building had received its safety certificate just {months} months earlier.",
                    "El edificio había obtenido el certificado de seguridad apenas {months} meses antes.",
                    "该建筑仅在{months}个月前才获得安全证书。",
                ],
                [
                    "Il proprietario della fabbrica è stato arrestato e la procura ha aperto un'inchiesta per omicidio colposo.",
                    "The factory owner has been arrested and prosecutors have opened a manslaughter investigation.",
                    "El propietario de la fábrica ha sido detenido y la fiscalía ha abierto una investigación por homicidio imprudente.",
                    "工厂老板已被逮捕，检方已以过失致人死亡罪立案调查。",
                ],
            ],
        },
    ],
    background: &[
        [
            "{^the:sector} impiega circa {nbig} persone ed è una delle principali voci dell'export.",
            "The {sector} employs about {nbig} people and is one of the main export earners.",
            "{^the:sector} emplea a unas {nbig} personas y es una de las principales fuentes de exportación.",
            "{sector}雇用了约{nbig}人，是主要的出口来源之一。",
        ],
        [
            "Le leggi sul lavoro prevedono il diritto di sciopero, ma nella pratica i sindacati indipendenti vengono ostacolati.",
            "Labour laws provide for the right to strike, but in practice independent unions are obstructed.",
            "Las leyes laborales reconocen el derecho de huelga, pero en la práctica se obstaculiza a los sindicatos independientes.",
            "劳动法规定了罢工权，但在实践中独立工会受到阻挠。",
        ],
        [
            "Dopo il crollo di un edificio industriale nel {year}, il governo aveva promesso controlli più severi.",
            "After an industrial building collapsed in {year}, the government promised tougher inspections.",
            "Tras el derrumbe de un edificio industrial en {year}, el Gobierno prometió controles más estrictos.",
            "{year}年一座工业建筑倒塌后，政府曾承诺加强检查。",
        ],
        [
            "Gran parte della produzione è destinata a marchi internazionali, che rivendicano codici di condotta rigorosi.",
            "Much of the production goes to international brands, which claim to enforce strict codes of conduct.",
            "Gran parte de la producción se destina a marcas internacionales, que presumen de códigos de conducta rigurosos.",
            "大部分产品供应给国际品牌，而这些品牌声称执行严格的行为准则。",
        ],
    ],
    figures: &[
        [
            "Secondo l'Organizzazione internazionale del lavoro, {the:pct} dei lavoratori {land_of} non ha un contratto scritto.",
            "According to the International Labour Organization, {pct} of workers {land_in} have no written contract.",
            "Según la Organización Internacional del Trabajo, {the:pct} de los trabajadores {land_of} no tiene contrato escrito.",
            "据国际劳工组织统计，{land}{pct}的劳动者没有书面合同。",
        ],
        [
            "Il salario minimo equivale oggi a circa {wage} dollari al mese, meno della metà di quanto serve per vivere secondo i sindacati.",
            "The minimum wage is now worth about ${wage} a month, less than half what unions say is needed to live.",
            "El salario mínimo equivale hoy a unos {wage} dólares al mes, menos de la mitad de lo necesario para vivir según los sindicatos.",
            "目前最低工资约合每月{wage}美元，工会称这还不到基本生活所需的一半。",
        ],
    ],
    quotes: &[
        [
            "Lavoriamo per marchi che vendono in tutto il mondo, ma a fine mese non riusciamo a pagare l'affitto.",
            "We work for brands that sell all over the world, but at the end of the month we can't pay the rent.",
            "Trabajamos para marcas que venden en todo el mundo, pero a fin de mes no podemos pagar el alquiler.",
            "我们为销往全世界的品牌打工，可到了月底却连房租都付不起。",
        ],
        [
            "Chiedere un salario dignitoso non è un crimine. Eppure chi organizza i colleghi rischia il posto e a volte la libertà.",
            "Asking for a decent wage is not a crime. Yet those who organise their colleagues risk their jobs and sometimes their freedom.",
            "Pedir un salario digno no es un delito. Sin embargo, quien organiza a sus compañeros arriesga su empleo y a veces su libertad.",
            "要求体面的工资不是犯罪。可是组织工友的人却可能丢掉工作，有时甚至失去自由。",
        ],
        [
            "Ogni volta ci promettono controlli e nuove regole. Poi passano i mesi e tutto torna come prima.",
            "Every time they promise inspections and new rules. Then the months go by and everything goes back to how it was.",
            "Cada vez nos prometen controles y nuevas normas. Luego pasan los meses y todo vuelve a ser como antes.",
            "每次他们都承诺加强检查、出台新规。可几个月过去，一切又恢复原样。",
        ],
    ],
};

pub(crate) static TECHNOLOGY: Topic = Topic {
    bit: super::TECHNOLOGY,
    weight: 5,
    sensitive: true,
    needs_c2: false,
    tag: ["tecnologia", "technology", "tecnología", "科技"],
    issue: ["i diritti digitali", "digital rights", "los derechos digitales", "数字权利"],
    issue_of: ["dei diritti digitali", "of digital rights", "de los derechos digitales", "数字权利"],
    officials: &[
        role(
            "ministro del Digitale",
            "ministra del Digitale",
            "digital affairs minister",
            "ministro de Asuntos Digitales",
            "ministra de Asuntos Digitales",
            "数字事务部长",
        ),
        SPOKESPERSON,
    ],
    sources: &[
        role(
            "ricercatore di sicurezza informatica",
            "ricercatrice di sicurezza informatica",
            "cybersecurity researcher",
            "investigador en ciberseguridad",
            "investigadora en ciberseguridad",
            "网络安全研究员",
        ),
        role(
            "esperto di diritti digitali",
            "esperta di diritti digitali",
            "digital rights expert",
            "experto en derechos digitales",
            "experta en derechos digitales",
            "数字权利专家",
        ),
        role("sviluppatore", "sviluppatrice", "software developer", "desarrollador", "desarrolladora", "软件开发者"),
    ],
    events: &[
        Event {
            roles: &[same(
                "attivista per i diritti digitali",
                "digital rights activist",
                "activista por los derechos digitales",
                "数字权利活动人士",
            )],
            p1_foreign: false,
            good_news: false,
            tags: &[
                ["sorveglianza", "surveillance", "vigilancia", "监控"],
                ["intelligenza artificiale", "artificial intelligence", "inteligencia artificial", "人工智能"],
            ],
            headlines: &[
                [
                    "{^Cb}, riconoscimento facciale in {n2} stazioni: «Sorveglianza di massa»",
                    "{^C} rolls out facial recognition at {n2} stations amid mass surveillance fears",
                    "{^Cb}: reconocimiento facial en {n2} estaciones, «vigilancia masiva»",
                    "{C}{n2}个车站部署人脸识别，引监控担忧",
                ],
                [
                    "{p1}: «{nbig} telecamere {a_city}, nessuna regola sui dati»",
                    "{p1}: “{nbig} cameras in {city}, no rules on data”",
                    "{p1}: «{nbig} cámaras en {city}, sin reglas para los datos»",
                    "{p1}：“{nbig}个摄像头无规可循”",
                ],
                [
                    "{^Cb}, {p1}, {age1} anni, porta in tribunale la sorveglianza digitale","{^Cb}: {p1}, {age1}, takes AI surveillance case to court","{^Cb}: {p1}, {age1} años, lleva a juicio la vigilancia digital","{C}{age1}岁{p1}就人工智能监控起诉",],
            ],
            standfirsts: &[
                [
                    "Il sistema, fornito da un'azienda straniera, incrocia i volti con le banche dati della polizia. Non esiste una legge sulla protezione dei dati.",
                    "The system, supplied by a foreign company, matches faces against police databases. There is no data protection law.",
                    "El sistema, suministrado por una empresa extranjera, cruza los rostros con las bases de datos de la policía. No existe una ley de protección de datos.",
                    "该系统由一家外国公司提供，可将人脸与警方数据库进行比对。目前没有任何数据保护法。",
                ],
                [
                    "Secondo il governo le telecamere servono contro la criminalità. {p1}, {r1}, teme che vengano usate contro chi protesta.",
                    "The government says the cameras are meant to fight crime. {p1}, {a:r1}, fears they will be used against protesters.",
                    "Según el Gobierno, las cámaras sirven para combatir la delincuencia. {p1}, {r1}, teme que se utilicen contra quienes protestan.",
                    "政府称这些摄像头用于打击犯罪。{r1}{p1}则担心，它们会被用来对付抗议者。",
                ],
            ],
            leads: &[
                [
                    "Le autorità hanno installato sistemi di riconoscimento facciale in {n2} stazioni e piazze {inC}, senza alcuna legge che regoli l'uso dei dati raccolti.",
                    "Authorities in {C} have installed facial recognition systems in {n2} stations and squares, with no law regulating the use of the data collected.",
                    "Las autoridades han instalado sistemas de reconocimiento facial en {n2} estaciones y plazas {inC}, sin ninguna ley que regule el uso de los datos recogidos.",
                    "{C}当局已在{n2}个车站和广场安装了人脸识别系统，但没有任何法律规范所收集数据的使用。",
                ],
                [
                    "{p1}, {age1} anni, {r1}, ha presentato {day} un ricorso contro il sistema di sorveglianza basato sull'intelligenza artificiale introdotto {inC} nell'ultimo anno.",
                    "{p1}, a {age1}-year-old {r1}, {day} filed a legal challenge against the AI-based surveillance system introduced in {C} over the past year.",
                    "{p1}, {r1}, de {age1} años, presentó {day} un recurso contra el sistema de vigilancia basado en inteligencia artificial introducido {inC} en el último año.",
                    "{age1}岁的{r1}{p1}{day}就{C}过去一年引入的人工智能监控系统提起诉讼。",
                ],
            ],
            details: &[
                [
                    "Le immagini vengono conservate per un periodo indefinito e possono essere condivise con altre agenzie dello Stato.",
                    "The images are kept for an indefinite period and can be shared with other state agencies.",
                    "Las imágenes se conservan por tiempo indefinido y pueden compartirse con otros organismos del Estado.",
                    "这些图像被无限期保存，并可与其他国家机构共享。",
                ],
                [
                    "Secondo alcuni ricercatori, il software sbaglia più spesso con le donne e con le minoranze etniche.",
                    "According to some researchers, the software makes more mistakes with women and ethnic minorities.",
                    "Según algunos investigadores, el programa se equivoca con más frecuencia con las mujeres y las minorías étnicas.",
                    "一些研究人员指出，该软件在识别女性和少数民族时出错率更高。",
                ],
                [
                    "Il contratto con il fornitore, del valore di {money_small}, non è mai stato reso pubblico.",
                    "The contract with the supplier, worth {money_small}, has never been made public.",
                    "El contrato con el proveedor, por valor de {money_small}, nunca se ha hecho público.",
                    "与供应商签订的价值{money_small}的合同从未公开。",
                ],
            ],
        },
        Event {
            roles: &[role(
                "amministratore delegato",
                "amministratrice delegata",
                "chief executive",
                "consejero delegado",
                "consejera delegada",
                "首席执行官",
            )],
            p1_foreign: false,
            good_news: true,
            tags: &[
                ["semiconduttori", "semiconductors", "semiconductores", "半导体"],
                ["investimenti", "investment", "inversiones", "投资"],
            ],
            headlines: &[
                [
                    "{^Cb}, fabbrica di chip da {money}: {n2} assunzioni",
                    "{^C} lands {money} chip plant with {n2} jobs",
                    "{^Cb}: fábrica de chips de {money} y {n2} empleos",
                    "{C}建{money}芯片厂，新增{n2}个岗位",
                ],
                [
                    "{city}, fabbrica di chip da {money} entro {years} anni","{city} chip plant worth {money} to open within {years} years","{city}: fábrica de chips de {money} en {years} años","{city}投资{money}建芯片厂，{years}年内投产",],
                [
                    "{p1}: «Tra {years} anni produrremo chip {a_city}»",
                    "{p1}: “Chips made in {city} within {years} years”",
                    "{p1}: «En {years} años fabricaremos chips en {city}»",
                    "{p1}：{years}年内在{city}造芯片",
                ],
            ],
            standfirsts: &[
                [
                    "L'impianto sorgerà vicino {a_city} e dovrebbe entrare in produzione entro {years} anni. Il governo offre sgravi fiscali e terreni gratuiti.",
                    "The plant will be built near {city} and is expected to start production within {years} years. The government is offering tax breaks and free land.",
                    "La planta se construirá cerca de {city} y debería empezar a producir en {years} años. El Gobierno ofrece exenciones fiscales y terrenos gratuitos.",
                    "工厂将建在{city}附近，预计{years}年内投产。政府提供税收减免和免费土地。",
                ],
                [
                    "L'investimento rientra nella corsa asiatica ai semiconduttori. Gli ambientalisti chiedono garanzie sul consumo d'acqua.",
                    "The investment is part of Asia's race for semiconductors. Environmentalists want guarantees on water use.",
                    "La inversión forma parte de la carrera asiática por los semiconductores. Los ecologistas piden garantías sobre el consumo de agua.",
                    "这项投资是亚洲半导体竞赛的一部分。环保人士要求就用水问题作出保证。",
                ],
            ],
            leads: &[
                [
                    "Un consorzio guidato da {p1}, {r1} di un gruppo tecnologico regionale, costruirà {inC} una fabbrica di semiconduttori da {money}, che darà lavoro a {n2} persone.",
                    "A consortium led by {p1}, {r1} of a regional technology group, will build a {money} semiconductor plant in {C} that will employ {n2} people.",
                    "Un consorcio encabezado por {p1}, {r1} de un grupo tecnológico regional, construirá {inC} una fábrica de semiconductores de {money} que dará empleo a {n2} personas.",
                    "由一家地区科技集团{r1}{p1}牵头的财团将在{C}投资{money}兴建一座半导体工厂，提供{n2}个就业岗位。",
                ],
                [
                    "Il governo {ofC} ha annunciato {day} un accordo da {money} per la costruzione di una fabbrica di semiconduttori, la prima nel suo genere {land_in}.",
                    "The government of {C} {day} announced a {money} deal to build a semiconductor plant, the first of its kind {land_in}.",
                    "El Gobierno {ofC} anunció {day} un acuerdo de {money} para construir una fábrica de semiconductores, la primera de este tipo {land_in}.",
                    "{C}政府{day}宣布一项价值{money}的协议，将兴建{land}首座半导体工厂。",
                ],
            ],
            details: &[
                [
                    "Secondo il progetto, l'impianto produrrà chip per automobili, telefoni ed elettrodomestici.",
                    "According to the plans, the plant will produce chips for cars, phones and household appliances.",
                    "Según el proyecto, la planta producirá chips para automóviles, teléfonos y electrodomésticos.",
                    "根据规划，该工厂将生产用于汽车、手机和家电的芯片。",
                ],
                [
                    "Il governo ha offerto sgravi fiscali per {years} anni e la fornitura garantita di acqua ed elettricità.",
                    "The government has offered tax breaks for {years} years and guaranteed supplies of water and electricity.",
                    "El Gobierno ha ofrecido exenciones fiscales durante {years} años y el suministro garantizado de agua y electricidad.",
                    "政府提供了为期{years}年的税收减免，并保证水电供应。",
                ],
                [
                    "Le università locali hanno avviato corsi per formare i tecnici di cui l'impianto avrà bisogno.",
                    "Local universities have launched courses to train the technicians the plant will need.",
                    "Las universidades locales han puesto en marcha cursos para formar a los técnicos que necesitará la planta.",
                    "当地大学已开设课程，培养工厂所需的技术人员。",
                ],
            ],
        },
    ],
    background: &[
        [
            "Negli ultimi anni {C} {C?ha|hanno} investito molto nelle infrastrutture digitali, dalla rete 5G ai servizi pubblici online.",
            "In recent years {C} has invested heavily in digital infrastructure, from 5G networks to online public services.",
            "En los últimos años, {C} ha invertido mucho en infraestructuras digitales, desde la red 5G hasta los servicios públicos en línea.",
            "近年来，{C}在数字基础设施方面投入巨大，从5G网络到在线公共服务。",
        ],
        [
            "La legge sulla sicurezza informatica approvata nel {year} consente alle autorità di accedere ai dati degli utenti senza l'autorizzazione di un giudice.",
            "The cybersecurity law passed in {year} lets the authorities access user data without a judge's authorisation.",
            "La ley de ciberseguridad aprobada en {year} permite a las autoridades acceder a los datos de los usuarios sin autorización judicial.",
            "{year}年通过的网络安全法允许当局在未经法官授权的情况下获取用户数据。",
        ],
        [
            "Le grandi aziende tecnologiche straniere sono divise tra il desiderio di entrare nel mercato e il timore di diventare complici della censura.",
            "Large foreign tech companies are torn between the wish to enter the market and the fear of becoming complicit in censorship.",
            "Las grandes empresas tecnológicas extranjeras están divididas entre el deseo de entrar en el mercado y el temor a convertirse en cómplices de la censura.",
            "大型外国科技公司一方面希望进入这一市场，另一方面又担心沦为审查的帮凶。",
        ],
        [
            "Gli utenti di internet sono oltre {nbig} nella sola area di {city}, in gran parte giovani.",
            "There are more than {nbig} internet users in the {city} area alone, most of them young.",
            "Solo en el área de {city} hay más de {nbig} usuarios de internet, en su mayoría jóvenes.",
            "仅{city}地区的互联网用户就超过{nbig}人，其中大部分是年轻人。",
        ],
    ],
    figures: &[
        [
            "Secondo un'indagine indipendente, {the:pct} degli utenti usa strumenti per aggirare i blocchi della rete.",
            "According to an independent survey, {pct} of users rely on tools to get around internet blocks.",
            "Según una encuesta independiente, {the:pct} de los usuarios utiliza herramientas para sortear los bloqueos de la red.",
            "一项独立调查显示，{pct}的用户使用工具绕过网络封锁。",
        ],
        [
            "Il mercato digitale vale circa {money} e cresce a un ritmo a due cifre.",
            "The digital market is worth about {money} and growing at double-digit rates.",
            "El mercado digital mueve unos {money} y crece a un ritmo de dos dígitos.",
            "数字市场规模约为{money}，并以两位数的速度增长。",
        ],
    ],
    quotes: &[
        [
            "Una volta che i dati sono raccolti, nessuno può garantire come verranno usati domani, né da chi.",
            "Once the data has been collected, nobody can guarantee how it will be used tomorrow, or by whom.",
            "Una vez recogidos los datos, nadie puede garantizar cómo se usarán mañana, ni por quién.",
            "一旦数据被收集，谁也无法保证明天它们会被如何使用，又会被谁使用。",
        ],
        [
            "La tecnologia non è né buona né cattiva. Dipende dalle regole, e qui le regole non esistono.",
            "Technology is neither good nor bad. It depends on the rules, and here there are no rules.",
            "La tecnología no es ni buena ni mala. Depende de las reglas, y aquí no existen.",
            "技术本身无所谓好坏，关键在于规则，而这里根本没有规则。",
        ],
        [
            "I giovani hanno competenze straordinarie. Se non troveranno lavoro qui, partiranno per l'estero.",
            "Young people have extraordinary skills. If they don't find work here, they will leave for abroad.",
            "Los jóvenes tienen unas capacidades extraordinarias. Si no encuentran trabajo aquí, se irán al extranjero.",
            "年轻人拥有非凡的技能。如果在这里找不到工作，他们就会出国。",
        ],
    ],
};
