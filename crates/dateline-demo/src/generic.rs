//! Sentences that fit a story on any topic: context, reactions, the government's answer,
//! the international angle, what comes next. `{issue}` ties them to the story's topic.

use crate::topics::{role, same, Role};
use crate::T4;

/// Only for topics where the state is the problem (arrests, censorship); a flood story does
/// not get "rights groups demand an independent inquiry".
pub(crate) const SENSITIVE: u8 = 1;
/// Needs the story's second country.
pub(crate) const C2: u8 = 2;
/// Needs a third country.
pub(crate) const C3: u8 = 4;

pub(crate) struct Line {
    pub t: T4,
    pub needs: u8,
}

/// Only after something went wrong (an arrest, a disaster, a crackdown); a festival or a
/// state visit does not get "the foreign ministry expressed deep concern".
pub(crate) const BAD_NEWS: u8 = 8;
/// Only after good news.
pub(crate) const GOOD_NEWS: u8 = 16;

const fn any(t: T4) -> Line {
    Line { t, needs: 0 }
}

const fn sens(t: T4) -> Line {
    Line {
        t,
        needs: SENSITIVE | BAD_NEWS,
    }
}

const fn bad(t: T4) -> Line {
    Line { t, needs: BAD_NEWS }
}

const fn good(t: T4) -> Line {
    Line {
        t,
        needs: GOOD_NEWS,
    }
}

const fn c2(t: T4) -> Line {
    Line { t, needs: C2 }
}

const fn c2_bad(t: T4) -> Line {
    Line {
        t,
        needs: C2 | BAD_NEWS,
    }
}

const fn c3(t: T4) -> Line {
    Line { t, needs: C2 | C3 }
}

const fn c3_bad(t: T4) -> Line {
    Line {
        t,
        needs: C2 | C3 | BAD_NEWS,
    }
}

/// Who comments (`p4`): analysts and civil society, usable on any topic.
pub(crate) static ANALYSTS: &[Role] = &[
    role(
        "analista politico",
        "analista politica",
        "political analyst",
        "analista político",
        "analista política",
        "政治分析人士",
    ),
    role(
        "docente universitario",
        "docente universitaria",
        "lecturer at a local university",
        "profesor universitario",
        "profesora universitaria",
        "大学讲师",
    ),
    role(
        "ricercatore indipendente",
        "ricercatrice indipendente",
        "independent researcher",
        "investigador independiente",
        "investigadora independiente",
        "独立研究员",
    ),
    same(
        "portavoce di una ong locale",
        "spokesperson for a local NGO",
        "portavoz de una ONG local",
        "当地一家非政府组织的发言人",
    ),
];

pub(crate) static CONTEXT: &[Line] = &[
    any([
        "Negli ultimi {years} anni le organizzazioni internazionali hanno segnalato un peggioramento della situazione {issue_of} {inC}.",
        "Over the past {years} years international organisations have reported a deterioration in {issue} in {C}.",
        "En los últimos {years} años, las organizaciones internacionales han señalado un deterioro de la situación {issue_of} {inC}.",
        "过去{years}年，国际组织多次指出{C}的{issue}状况有所恶化。",
    ]),
    any([
        "La questione {issue_of} è diventata centrale nel dibattito pubblico, soprattutto tra i giovani delle città.",
        "The question of {issue} has become central to public debate, especially among young people in the cities.",
        "La cuestión {issue_of} se ha convertido en un tema central del debate público, sobre todo entre los jóvenes de las ciudades.",
        "{issue}问题已成为公共讨论的焦点，尤其是在城市年轻人当中。",
    ]),
    sens([
        "{^inC} il tema {issue_of} viene raramente affrontato dai media statali, che preferiscono parlare di stabilità e crescita.",
        "In {C}, {issue} is rarely covered by state media, which prefer to talk about stability and growth.",
        "{^inC}, los medios estatales rara vez abordan el tema {issue_of} y prefieren hablar de estabilidad y crecimiento.",
        "在{C}，官方媒体很少涉及{issue}问题，更愿意谈论稳定与增长。",
    ]),
    any([
        "Molti osservatori ritengono che la crisi economica degli ultimi anni abbia reso la popolazione più vulnerabile.",
        "Many observers believe the economic crisis of recent years has left the population more vulnerable.",
        "Muchos observadores creen que la crisis económica de los últimos años ha dejado a la población más vulnerable.",
        "许多观察人士认为，近年来的经济危机使民众变得更加脆弱。",
    ]),
    any([
        "La società civile, pur sotto pressione, continua a organizzarsi attraverso associazioni di quartiere, parrocchie e gruppi online.",
        "Civil society, though under pressure, continues to organise through neighbourhood associations, parishes and online groups.",
        "La sociedad civil, aunque bajo presión, sigue organizándose a través de asociaciones vecinales, parroquias y grupos en línea.",
        "公民社会虽然承受着压力，但仍通过社区协会、堂区和网络群组组织起来。",
    ]),
    any([
        "Le zone rurali sono spesso le più colpite e le meno raccontate dai media nazionali.",
        "Rural areas are often the hardest hit and the least covered by national media.",
        "Las zonas rurales suelen ser las más afectadas y las menos cubiertas por los medios nacionales.",
        "农村地区往往受影响最严重，却最少得到全国性媒体的关注。",
    ]),
    sens([
        "Secondo gli analisti, la vicenda riflette tensioni più profonde all'interno della classe dirigente.",
        "According to analysts, the affair reflects deeper tensions within the ruling elite.",
        "Según los analistas, el caso refleja tensiones más profundas dentro de la clase dirigente.",
        "分析人士认为，此事反映出统治阶层内部更深层次的紧张关系。",
    ]),
    bad([
        "{^a_city} la notizia si è diffusa rapidamente attraverso le chat e i social network, nonostante i tentativi di limitarla.",
        "In {city} the news spread quickly through chat groups and social networks, despite attempts to contain it.",
        "En {city} la noticia se difundió rápidamente a través de los chats y las redes sociales, pese a los intentos de limitarla.",
        "在{city}，尽管有关方面试图限制，消息还是通过聊天群和社交网络迅速传开。",
    ]),
    any([
        "Per molte famiglie {ofC} il costo della vita resta la prima preoccupazione, davanti a qualsiasi altra questione.",
        "For many families in {C} the cost of living remains the first concern, ahead of any other issue.",
        "Para muchas familias {ofC}, el coste de la vida sigue siendo la primera preocupación, por delante de cualquier otra cuestión.",
        "对{C}的许多家庭来说，生活成本仍是头等大事，其他问题都要往后排。",
    ]),
];

pub(crate) static REACTIONS: &[Line] = &[
    sens([
        "Le organizzazioni per i diritti umani hanno chiesto un'indagine indipendente e la piena trasparenza da parte delle autorità.",
        "Human rights organisations have called for an independent investigation and full transparency from the authorities.",
        "Las organizaciones de derechos humanos han pedido una investigación independiente y plena transparencia por parte de las autoridades.",
        "人权组织要求进行独立调查，并要求当局保持完全透明。",
    ]),
    bad([
        "Attivisti e avvocati hanno parlato di «un attacco diretto ai cittadini» e hanno annunciato ricorsi.","Activists and lawyers spoke of “a direct attack on citizens” and announced legal challenges.","Activistas y abogados hablaron de «un ataque directo contra los ciudadanos» y anunciaron recursos.","维权人士和律师称此举是“对公民的直接攻击”，并宣布将提起诉讼。",]),
    bad([
        "«È un segnale molto preoccupante», ha commentato {p4}, {r4}, secondo cui la vicenda «dice molto sulla direzione presa dal governo».",
        "“It is a very worrying signal,” said {p4}, {a:r4}, who believes the affair “says a lot about the direction the government has taken”.",
        "«Es una señal muy preocupante», comentó {p4}, {r4}, para quien el caso «dice mucho de la dirección que ha tomado el Gobierno».",
        "{r4}{p4}评论说：“这是一个非常令人担忧的信号。”{p4?他|她}认为，此事“充分说明了政府的走向”。",
    ]),
    bad([
        "Secondo {p4}, {r4}, «la comunità internazionale non può limitarsi a esprimere preoccupazione».",
        "According to {p4}, {a:r4}, “the international community cannot just express concern”.",
        "Según {p4}, {r4}, «la comunidad internacional no puede limitarse a expresar preocupación».",
        "{r4}{p4}表示：“国际社会不能仅仅表达关切。”",
    ]),
    sens([
        "Sui social network centinaia di utenti hanno condiviso messaggi di solidarietà, molti dei quali sono stati rimossi nel giro di poche ore.",
        "On social media hundreds of users shared messages of solidarity, many of which were removed within hours.",
        "En las redes sociales, cientos de usuarios compartieron mensajes de solidaridad, muchos de los cuales fueron eliminados en pocas horas.",
        "社交媒体上，数百名用户发布了声援信息，其中许多在几个小时内就被删除。",
    ]),
    sens([
        "Un gruppo di avvocati ha firmato una lettera aperta in cui chiede il rispetto delle garanzie previste dalla Costituzione.",
        "A group of lawyers signed an open letter calling for the guarantees set out in the constitution to be respected.",
        "Un grupo de abogados firmó una carta abierta en la que pide que se respeten las garantías previstas en la Constitución.",
        "一批律师联名发表公开信，要求尊重宪法规定的各项保障。",
    ]),
    bad([
        "I leader religiosi locali hanno invitato alla preghiera e al dialogo, chiedendo che «nessuno venga lasciato solo».","Local religious leaders called for prayer and dialogue, asking that “no one be left alone”.","Los líderes religiosos locales invitaron a la oración y al diálogo, y pidieron que «nadie se quede solo».","当地宗教领袖呼吁祈祷与对话，希望“不让任何人孤立无援”。",]),
    bad([
        "Diverse associazioni hanno organizzato una raccolta fondi per aiutare le famiglie coinvolte.",
        "Several associations have organised a fundraiser to help the families affected.",
        "Varias asociaciones han organizado una colecta para ayudar a las familias afectadas.",
        "多个团体发起募捐，帮助受影响的家庭。",
    ]),
    bad([
        "«Non è un caso isolato, ma parte di una tendenza che denunciamo da anni», ha detto {p4}, {r4}.",
        "“This is not an isolated case but part of a trend we have been denouncing for years,” said {p4}, {a:r4}.",
        "«No es un caso aislado, sino parte de una tendencia que denunciamos desde hace años», dijo {p4}, {r4}.",
        "{r4}{p4}说：“这不是孤立事件，而是我们多年来一直在揭露的一种趋势的一部分。”",
    ]),
    sens([
        "Gli studenti di alcune università hanno organizzato piccole manifestazioni, subito disperse dalla polizia.",
        "Students at several universities held small demonstrations, which were quickly broken up by police.",
        "Los estudiantes de algunas universidades organizaron pequeñas manifestaciones, dispersadas enseguida por la policía.",
        "几所大学的学生举行了小规模示威，很快被警方驱散。",
    ]),
    any([
        "Le associazioni di categoria hanno chiesto un tavolo di confronto con il governo entro la fine del mese.",
        "Trade associations have asked for talks with the government before the end of the month.",
        "Las asociaciones del sector han pedido una mesa de diálogo con el Gobierno antes de final de mes.",
        "行业协会要求在本月底前与政府进行对话。",
    ]),
    good([
        "Gli imprenditori locali hanno accolto con favore l'annuncio, che potrebbe creare nuove opportunità.",
        "Local business leaders welcomed the announcement, which could create new opportunities.",
        "Los empresarios locales acogieron con satisfacción el anuncio, que podría crear nuevas oportunidades.",
        "当地企业界对这一消息表示欢迎，认为这可能带来新的机遇。",
    ]),
    good([
        "Non mancano però le voci critiche: secondo alcune associazioni, i benefici rischiano di restare nelle mani di pochi.",
        "There are critical voices, however: some associations say the benefits risk staying in the hands of a few.",
        "No faltan, sin embargo, las voces críticas: según algunas asociaciones, los beneficios corren el riesgo de quedar en manos de unos pocos.",
        "但也有批评的声音：一些团体认为，好处可能只落入少数人手中。",
    ]),
    good([
        "«È un passo nella direzione giusta, ma ora servono i fatti», ha commentato {p4}, {r4}.",
        "“It is a step in the right direction, but now we need action,” said {p4}, {a:r4}.",
        "«Es un paso en la dirección correcta, pero ahora hacen falta hechos», comentó {p4}, {r4}.",
        "{r4}{p4}评论说：“这是朝着正确方向迈出的一步，但现在需要的是行动。”",
    ]),
    good([
        "Sui social network l'annuncio ha suscitato reazioni contrastanti, tra entusiasmo e scetticismo.",
        "On social media the announcement drew mixed reactions, from enthusiasm to scepticism.",
        "En las redes sociales, el anuncio ha suscitado reacciones encontradas, entre el entusiasmo y el escepticismo.",
        "在社交媒体上，这一消息引发了褒贬不一的反应，有人热情欢迎，也有人心存疑虑。",
    ]),
    good([
        "Le associazioni della società civile chiedono che l'attuazione sia seguita da vicino e in modo trasparente.",
        "Civil society groups are asking for implementation to be monitored closely and transparently.",
        "Las organizaciones de la sociedad civil piden que la aplicación se siga de cerca y con transparencia.",
        "公民社会团体要求对落实情况进行密切、透明的监督。",
    ]),
];

pub(crate) static GOVERNMENT: &[Line] = &[
    sens([
        "{^the:t3} {p3} ha difeso l'operato delle autorità, parlando di «misure necessarie per garantire l'ordine e la sicurezza».",
        "The {t3}, {p3}, defended the authorities' actions, calling them “necessary measures to guarantee order and security”.",
        "{^the:t3}, {p3}, defendió la actuación de las autoridades y habló de «medidas necesarias para garantizar el orden y la seguridad».",
        "{t3}{p3}为当局的做法辩护，称这是“维护秩序与安全的必要措施”。",
    ]),
    sens([
        "{^gov} ha respinto le critiche, accusando «forze straniere» di voler destabilizzare {land}.",
        "{^gov} rejected the criticism, accusing “foreign forces” of trying to destabilise {land}.",
        "{^gov} rechazó las críticas y acusó a «fuerzas extranjeras» de querer desestabilizar {land}.",
        "{gov}驳斥了这些批评，指责“境外势力”企图破坏{land}的稳定。",
    ]),
    sens([
        "Interpellat{p3?o|a} dai giornalisti, {the:t3} {p3} ha detto che «la legge è uguale per tutti» e che le procedure sono state rispettate.",
        "Asked by reporters, the {t3}, {p3}, said that “the law is the same for everyone” and that procedures had been followed.",
        "Preguntad{p3?o|a} por los periodistas, {the:t3}, {p3}, dijo que «la ley es igual para todos» y que se respetaron los procedimientos.",
        "在回答记者提问时，{t3}{p3}表示“法律面前人人平等”，相关程序均得到遵守。",
    ]),
    bad([
        "{^auth} non hanno commentato ufficialmente, ma i media vicini al governo hanno parlato di una «campagna di disinformazione».",
        "{^auth} have not commented officially, but pro-government media have spoken of a “disinformation campaign”.",
        "{^auth} no han hecho comentarios oficiales, pero los medios afines al Gobierno han hablado de una «campaña de desinformación».",
        "{auth}尚未发表正式评论，但亲政府媒体称这是一场“虚假信息运动”。",
    ]),
    bad([
        "In una nota, {gov} ha promesso «un'indagine approfondita», senza però indicare tempi né responsabili.",
        "In a statement, {gov} promised “a thorough investigation”, without giving a timeframe or naming those responsible.",
        "En un comunicado, {gov} prometió «una investigación exhaustiva», aunque sin indicar plazos ni responsables.",
        "{gov}在一份声明中承诺将进行“彻底调查”，但没有给出时间表，也没有指明责任人。",
    ]),
    bad([
        "{^the:t3} {p3} ha annunciato la creazione di una commissione speciale, che dovrà presentare un rapporto entro {months} mesi.",
        "The {t3}, {p3}, announced the creation of a special commission, which is to report within {months} months.",
        "{^the:t3}, {p3}, anunció la creación de una comisión especial, que deberá presentar un informe en un plazo de {months} meses.",
        "{t3}{p3}宣布成立一个特别委员会，要求其在{months}个月内提交报告。",
    ]),
    bad([
        "Secondo fonti vicine all'esecutivo, {a_cap} si discute di un possibile compromesso, ma nessuna decisione è stata ancora presa.",
        "According to sources close to the executive, a possible compromise is being discussed in {cap}, but no decision has yet been taken.",
        "Según fuentes cercanas al Ejecutivo, en {cap} se discute un posible compromiso, pero aún no se ha tomado ninguna decisión.",
        "据接近政府的消息人士透露，{cap}方面正在讨论可能的妥协方案，但尚未作出任何决定。",
    ]),
    bad([
        "{^the:t3} {p3} ha assicurato che il governo «sta lavorando per trovare soluzioni concrete il prima possibile».",
        "The {t3}, {p3}, gave assurances that the government “is working to find concrete solutions as soon as possible”.",
        "{^the:t3}, {p3}, aseguró que el Gobierno «trabaja para encontrar soluciones concretas lo antes posible».",
        "{t3}{p3}保证，政府“正在努力尽快找到切实可行的解决办法”。",
    ]),
    bad([
        "{^gov} ha annunciato un pacchetto di misure da {money}, giudicato insufficiente dai critici.","{^gov} announced a {money} package of measures, which critics consider insufficient.","{^gov} anunció un paquete de medidas de {money}, que los críticos consideran insuficiente.","{gov}宣布了一项总额{money}的一揽子措施，批评者认为力度不够。",]),
    good([
        "{^the:t3} {p3} ha parlato di «una giornata importante per il futuro».",
        "The {t3}, {p3}, spoke of “an important day for the future”.",
        "{^the:t3}, {p3}, habló de «un día importante para el futuro».",
        "{t3}{p3}称这是“对未来具有重要意义的一天”。",
    ]),
    good([
        "{^gov} ha assicurato che i primi risultati saranno visibili entro {months} mesi.",
        "{^gov} said the first results would be visible within {months} months.",
        "{^gov} aseguró que los primeros resultados serán visibles en un plazo de {months} meses.",
        "{gov}表示，{months}个月内就能看到初步成果。",
    ]),
    good([
        "Secondo fonti del governo, l'iniziativa rientra in un piano più ampio per attirare investimenti e rafforzare i legami internazionali.",
        "According to government sources, the initiative is part of a broader plan to attract investment and strengthen international ties.",
        "Según fuentes del Gobierno, la iniciativa forma parte de un plan más amplio para atraer inversiones y reforzar los lazos internacionales.",
        "据政府消息人士称，这一举措是吸引投资、加强国际联系的更广泛计划的一部分。",
    ]),
];

pub(crate) static INTERNATIONAL: &[Line] = &[
    c2([
        "La vicenda è seguita con attenzione anche {inC2}, dove vive una numerosa comunità originaria {ofC}.",
        "The affair is also being closely followed in {C2}, home to a large community from {C}.",
        "El caso se sigue con atención también {inC2}, donde vive una numerosa comunidad procedente {ofC}.",
        "此事在{C2}也受到密切关注，那里生活着大批来自{C}的侨民。",
    ]),
    c2_bad([
        "Il ministero degli Esteri {ofC2} ha espresso «profonda preoccupazione» e ha chiesto chiarimenti all'ambasciata {ofC}.",
        "The foreign ministry of {C2} expressed “deep concern” and sought clarification from the embassy of {C}.",
        "El Ministerio de Asuntos Exteriores {ofC2} expresó su «profunda preocupación» y pidió aclaraciones a la embajada {ofC}.",
        "{C2}外交部表达了“严重关切”，并要求{C}驻当地大使馆作出说明。",
    ]),
    c2([
        "I rapporti tra {C} e {C2} restano delicati, segnati da interessi economici comuni e da vecchie diffidenze.",
        "Relations between {C} and {C2} remain delicate, shaped by shared economic interests and old mistrust.",
        "Las relaciones entre {C} {andC2} siguen siendo delicadas, marcadas por intereses económicos comunes y viejas desconfianzas.",
        "{C}与{C2}的关系依然微妙，既有共同的经济利益，也有由来已久的互不信任。",
    ]),
    c2_bad([
        "Anche {inC2} diverse associazioni hanno organizzato presìdi davanti alla sede diplomatica {ofC}.",
        "In {C2}, too, several associations held vigils outside the diplomatic mission of {C}.",
        "También {inC2} varias asociaciones organizaron concentraciones ante la sede diplomática {ofC}.",
        "在{C2}，多个团体也在{C}驻当地使馆外举行了集会。",
    ]),
    c2_bad([
        "Un precedente simile si era verificato {inC2} nel {year}, con conseguenze durature sui rapporti bilaterali.",
        "A similar case occurred in {C2} in {year}, with lasting consequences for bilateral relations.",
        "Un precedente similar se produjo {inC2} en {year}, con consecuencias duraderas en las relaciones bilaterales.",
        "{year}年，{C2}也曾发生类似事件，对双边关系造成了持久影响。",
    ]),
    c2([
        "Secondo {p4}, {r4}, «quello che accade {inC} avrà conseguenze anche {inC2}».",
        "According to {p4}, {a:r4}, “what happens in {C} will have consequences in {C2} too”.",
        "Según {p4}, {r4}, «lo que ocurre {inC} tendrá consecuencias también {inC2}».",
        "{r4}{p4}认为：“{C}发生的事情也会影响到{C2}。”",
    ]),
    c3_bad([
        "La questione è stata sollevata anche dai governi {ofC2} e {ofC3}, che temono ripercussioni sulla stabilità regionale.",
        "The issue has also been raised by the governments of {C2} and {C3}, which fear repercussions for regional stability.",
        "La cuestión también ha sido planteada por los gobiernos {ofC2} y {ofC3}, que temen repercusiones en la estabilidad regional.",
        "{C2}和{C3}政府也提出了这一问题，担心会影响地区稳定。",
    ]),
    c3([
        "Anche {inC3} la notizia ha avuto ampia eco, come già accaduto {inC2}.",
        "The news has also had wide resonance in {C3}, as it did in {C2}.",
        "También {inC3} la noticia ha tenido amplio eco, como ya ocurrió {inC2}.",
        "与{C2}一样，这一消息在{C3}也引起了广泛反响。",
    ]),
];

pub(crate) static OUTLOOK: &[Line] = &[
    bad([
        "Nelle prossime settimane è atteso un nuovo pronunciamento delle autorità, mentre le famiglie chiedono risposte.",
        "A new decision by the authorities is expected in the coming weeks, while families are demanding answers.",
        "En las próximas semanas se espera un nuevo pronunciamiento de las autoridades, mientras las familias exigen respuestas.",
        "当局预计将在未来几周内作出新的决定，而相关家庭仍在等待答复。",
    ]),
    sens([
        "Il caso sarà discusso {in_nextmonth} a Ginevra, durante la sessione del Consiglio per i diritti umani delle Nazioni Unite.",
        "The case will be discussed in Geneva {in_nextmonth}, during the session of the UN Human Rights Council.",
        "El caso se debatirá {in_nextmonth} en Ginebra, durante la sesión del Consejo de Derechos Humanos de la ONU.",
        "此案将于{nextmonth}在日内瓦举行的联合国人权理事会会议期间进行讨论。",
    ]),
    sens([
        "Per ora resta l'incertezza, e con essa la paura di chi non ha voce.",
        "For now uncertainty remains, and with it the fear of those who have no voice.",
        "Por ahora persiste la incertidumbre, y con ella el miedo de quienes no tienen voz.",
        "目前，不确定性依然存在，无声者的恐惧也随之延续。",
    ]),
    sens([
        "Gli osservatori si aspettano nuove tensioni in vista dell'anniversario delle proteste del {year}.",
        "Observers expect fresh tensions ahead of the anniversary of the {year} protests.",
        "Los observadores prevén nuevas tensiones ante el aniversario de las protestas de {year}.",
        "观察人士预计，在{year}年抗议活动周年纪念日前后将出现新的紧张局势。",
    ]),
    any([
        "Il parlamento dovrebbe tornare sulla questione {in_nextmonth}, ma l'esito resta incerto.",
        "Parliament is expected to return to the issue {in_nextmonth}, but the outcome remains uncertain.",
        "Se espera que el Parlamento vuelva a tratar la cuestión {in_nextmonth}, pero el resultado sigue siendo incierto.",
        "议会预计将于{nextmonth}再次讨论这一问题，但结果仍不确定。",
    ]),
    bad([
        "Molti, {a_city}, temono che quanto accaduto sia solo l'inizio.",
        "Many in {city} fear that what has happened is only the beginning.",
        "Muchos en {city} temen que lo ocurrido sea solo el principio.",
        "{city}的许多人担心，这一切只是开始。",
    ]),
    bad([
        "«Continueremo a chiedere risposte», ha promesso {p4}, {r4}, «perché il silenzio non è un'opzione».",
        "“We will keep asking for answers,” promised {p4}, {a:r4}, “because silence is not an option.”",
        "«Seguiremos pidiendo respuestas», prometió {p4}, {r4}, «porque el silencio no es una opción».",
        "{r4}{p4}承诺：“我们将继续追问，因为沉默不是选项。”",
    ]),
    bad([
        "La comunità internazionale, finora cauta, potrebbe essere chiamata a prendere posizione nelle prossime settimane.",
        "The international community, so far cautious, may be called upon to take a stand in the coming weeks.",
        "La comunidad internacional, hasta ahora cauta, podría verse obligada a tomar posición en las próximas semanas.",
        "迄今态度谨慎的国际社会可能在未来几周内被迫表明立场。",
    ]),
    any([
        "Le prossime settimane diranno se le promesse del governo si tradurranno in fatti concreti.",
        "The coming weeks will show whether the government's promises translate into concrete action.",
        "Las próximas semanas dirán si las promesas del Gobierno se traducen en hechos concretos.",
        "未来几周将表明，政府的承诺能否转化为实际行动。",
    ]),
    bad([
        "Intanto la vita quotidiana prosegue tra mille difficoltà, soprattutto per le famiglie più povere.",
        "Meanwhile daily life goes on amid countless difficulties, especially for the poorest families.",
        "Mientras tanto, la vida cotidiana continúa entre mil dificultades, sobre todo para las familias más pobres.",
        "与此同时，日常生活在重重困难中继续，最贫困的家庭尤其艰难。",
    ]),
    good([
        "I prossimi mesi diranno se le promesse si tradurranno in benefici concreti per la popolazione.",
        "The coming months will show whether the promises translate into concrete benefits for the population.",
        "Los próximos meses dirán si las promesas se traducen en beneficios concretos para la población.",
        "未来几个月将表明，这些承诺能否给民众带来实实在在的好处。",
    ]),
    good([
        "Un primo bilancio è atteso {in_nextmonth}.",
        "A first assessment is expected {in_nextmonth}.",
        "Se espera un primer balance {in_nextmonth}.",
        "预计{nextmonth}将进行初步评估。",
    ]),
    good([
        "Per molti osservatori si tratta di un segnale di fiducia, in una regione segnata da anni di incertezza.",
        "For many observers it is a sign of confidence, in a region marked by years of uncertainty.",
        "Para muchos observadores se trata de una señal de confianza, en una región marcada por años de incertidumbre.",
        "许多观察人士认为，在这个多年来充满不确定性的地区，这是一个信心的信号。",
    ]),
];

/// Sentences that introduce a block quotation by `p2`; they end with a colon.
pub(crate) static QUOTE_INTROS: &[T4] = &[
    [
        "{p2}, {r2} di {city}, descrive così la situazione:",
        "{p2}, {a:r2} in {city}, describes the situation like this:",
        "{p2}, {r2} de {city}, describe así la situación:",
        "{city}的{r2}{p2}这样描述当前的情况：",
    ],
    [
        "Raggiunt{p2?o|a} al telefono, {p2}, {r2}, ha raccontato:",
        "Reached by phone, {p2}, {a:r2}, said:",
        "Localizad{p2?o|a} por teléfono, {p2}, {r2}, explicó:",
        "{r2}{p2}在接受电话采访时说：",
    ],
    [
        "Per {p2}, {r2} che segue la vicenda da vicino, il problema è più profondo:",
        "For {p2}, {a:r2} who is following the case closely, the problem runs deeper:",
        "Para {p2}, {r2} que sigue de cerca el caso, el problema es más profundo:",
        "密切关注此事的{r2}{p2}认为，问题还要更深一层：",
    ],
    [
        "{p2}, {r2}, ha accettato di parlare a condizione che non venissero pubblicati altri dettagli su di {p2?lui|lei}:",
        "{p2}, {a:r2}, agreed to speak on condition that no other details about {p2?him|her} be published:",
        "{p2}, {r2}, aceptó hablar con la condición de que no se publicaran más datos sobre {p2?él|ella}:",
        "{r2}{p2}同意接受采访，条件是不公开有关{p2?他|她}的其他信息：",
    ],
    [
        "{^a_city}, {p2}, {r2}, riassume lo stato d'animo di molti:",
        "In {city}, {p2}, {a:r2}, sums up the mood of many:",
        "En {city}, {p2}, {r2}, resume el estado de ánimo de muchos:",
        "在{city}，{r2}{p2}道出了许多人的心声：",
    ],
];

/// Footnotes.
pub(crate) static NOTE_NAME: T4 = [
    "Il nome è stato cambiato per proteggere la sicurezza della persona intervistata.",
    "The name has been changed to protect the interviewee's safety.",
    "El nombre ha sido cambiado para proteger la seguridad de la persona entrevistada.",
    "为保护受访者安全，文中使用化名。",
];

pub(crate) static NOTE_TRANSLATION: T4 = [
    "Traduzione dalla lingua originale a cura della redazione.",
    "Translated from the original language by our newsroom.",
    "Traducción del idioma original a cargo de la redacción.",
    "译文由本社编辑部根据原文翻译。",
];

pub(crate) static NOTE_SOURCE: T4 = [
    "Dati raccolti dall'agenzia presso fonti ufficiali e organizzazioni locali, aggiornati a {month} {pubyear}.",
    "Figures gathered by the agency from official sources and local organisations, updated to {month} {pubyear}.",
    "Datos recopilados por la agencia en fuentes oficiales y organizaciones locales, actualizados a {month} de {pubyear}.",
    "数据由本社根据官方来源和当地组织整理，更新至{pubyear}年{month}。",
];

pub(crate) static NOTE_DOSSIER: T4 = [
    "Sul tema l'agenzia ha pubblicato un dossier nel {year}, disponibile nell'archivio online.",
    "The agency published a dossier on the subject in {year}, available in the online archive.",
    "La agencia publicó un dosier sobre el tema en {year}, disponible en el archivo en línea.",
    "本社曾于{year}年就此发表专题报道，可在网上档案中查阅。",
];
