//! Human rights, press freedom, religious freedom, elections.

use super::*;

pub(crate) static HUMAN_RIGHTS: Topic = Topic {
    bit: super::HUMAN_RIGHTS,
    weight: 10,
    sensitive: true,
    needs_c2: false,
    tag: ["diritti umani", "human rights", "derechos humanos", "人权"],
    issue: ["i diritti umani", "human rights", "los derechos humanos", "人权"],
    issue_of: ["dei diritti umani", "of human rights", "de los derechos humanos", "人权"],
    officials: &[
        INTERIOR_MINISTER,
        SPOKESPERSON,
        role(
            "procuratore generale",
            "procuratrice generale",
            "attorney general",
            "fiscal general",
            "fiscal general",
            "总检察长",
        ),
    ],
    sources: &[
        role(
            "avvocato per i diritti umani",
            "avvocata per i diritti umani",
            "human rights lawyer",
            "abogado de derechos humanos",
            "abogada de derechos humanos",
            "人权律师",
        ),
        ACTIVIST,
        role(
            "ricercatore di una ong locale",
            "ricercatrice di una ong locale",
            "researcher at a local NGO",
            "investigador de una ONG local",
            "investigadora de una ONG local",
            "当地一家非政府组织的研究员",
        ),
    ],
    events: &[
        Event {
            roles: &[
                ACTIVIST,
                role("avvocato", "avvocata", "lawyer", "abogado", "abogada", "律师"),
                same("leader studentesco", "student leader", "líder estudiantil", "学生领袖"),
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["attivisti", "activists", "activistas", "维权人士"], ["carceri", "prisons", "cárceles", "监狱"]],
            headlines: &[
                [
                    "{^Cb}, arrestat{p1?o|a} {p1}, {r1} di {age1} anni",
                    "{^C} detains {p1}, a {age1}-year-old {r1}",
                    "{^C} detiene a {p1}, {r1} de {age1} años",
                    "{C}{age1}岁{r1}{p1}被拘留",
                ],
                [
                    "{^Cb}, {p1}, {age1} anni, detenut{p1?o|a} senza processo da {months} mesi","{p1}, {age1}, held in {C} for {months} months without trial","{^Cb}: {p1}, {age1} años, {months} meses en prisión sin juicio","{C}{age1}岁的{p1}未经审判被关押{months}个月",],
                [
                    "{^Cb}, {n1} attivisti arrestati in una notte: tra loro {p1}",
                    "{^Cb}: {n1} activists detained overnight, including {p1}",
                    "{^Cb}: {n1} activistas detenidos en una noche, entre ellos {p1}",
                    "{n1}名维权人士一夜被捕，{p1}在列",
                ],
            ],
            standfirsts: &[
                [
                    "{p1}, {r1}, è stat{p1?o|a} portat{p1?o|a} via dalla polizia senza un mandato. La famiglia non ha più sue notizie da {days} giorni.",
                    "{p1}, {a:r1}, was taken away by police without a warrant. The family has had no news for {days} days.",
                    "{p1}, {r1}, fue llevad{p1?o|a} por la policía sin orden judicial. Su familia no tiene noticias desde hace {days} días.",
                    "{r1}{p1}在没有逮捕令的情况下被警方带走，家人已经{days}天没有{p1?他|她}的消息。",
                ],
                [
                    "Il caso di {p1s} è l'ultimo di una lunga serie. Le organizzazioni per i diritti umani parlano di una campagna sistematica contro il dissenso.",
                    "The case of {p1s} is the latest in a long series. Rights groups speak of a systematic campaign against dissent.",
                    "El caso de {p1s} es el último de una larga serie. Las organizaciones de derechos humanos hablan de una campaña sistemática contra la disidencia.",
                    "{p1s}案是一系列类似案件中的最新一起。人权组织称，这是一场针对异见人士的系统性打压。",
                ],
            ],
            leads: &[
                [
                    "{p1}, {r1} di {age1} anni, è stat{p1?o|a} arrestat{p1?o|a} {day} {inC} con l'accusa di «sovversione», un reato che prevede fino a {sentence} anni di carcere.",
                    "{p1}, a {age1}-year-old {r1}, was arrested in {C} {day} on charges of “subversion”, an offence that carries up to {sentence} years in prison.",
                    "{p1}, {r1} de {age1} años, fue detenid{p1?o|a} {day} {inC} acusad{p1?o|a} de «subversión», un delito castigado con hasta {sentence} años de cárcel.",
                    "{age1}岁的{r1}{p1}{day}在{C}被捕，罪名是“颠覆”，该罪名最高可判处{sentence}年监禁。",
                ],
                [
                    "Da {months} mesi la famiglia di {p1}, {r1} conosciut{p1?o|a} {inC} per il suo impegno a favore dei più deboli, non sa dove si trovi.",
                    "For {months} months the family of {p1}, {a:r1} known in {C} for defending the most vulnerable, has not known where {p1?he|she} is being held.",
                    "Desde hace {months} meses, la familia de {p1}, {r1} conocid{p1?o|a} {inC} por su defensa de los más vulnerables, no sabe dónde se encuentra.",
                    "{months}个月来，在{C}以维护弱势群体权益而闻名的{r1}{p1}的家人，一直不知道{p1?他|她}被关押在何处。",
                ],
            ],
            details: &[
                [
                    "Secondo i familiari, gli agenti si sono presentati all'alba senza alcun mandato e hanno sequestrato computer, telefoni e documenti.",
                    "According to relatives, officers arrived at dawn without a warrant and seized computers, phones and documents.",
                    "Según sus familiares, los agentes se presentaron al amanecer sin ninguna orden y se llevaron ordenadores, teléfonos y documentos.",
                    "据家属介绍，警员在黎明时分未出示任何搜查令便上门，并没收了电脑、手机和文件。",
                ],
                [
                    "Ai legali di {p1s} è stato negato finora ogni accesso al fascicolo e {p1?al loro assistito|alla loro assistita}.",
                    "{p1s}'s lawyers have so far been denied any access to the case file and to their client.",
                    "A los abogados de {p1s} se les ha negado hasta ahora el acceso al expediente y a su {p1?defendido|defendida}.",
                    "迄今为止，{p1s}的律师一直无法查阅案卷，也无法会见当事人。",
                ],
                [
                    "Negli ultimi anni {p1s} aveva documentato decine di casi di sfratti forzati e di abusi da parte della polizia.",
                    "In recent years {p1s} had documented dozens of cases of forced evictions and police abuse.",
                    "En los últimos años, {p1s} había documentado decenas de casos de desalojos forzosos y abusos policiales.",
                    "近年来，{p1s}记录了数十起强制驱逐和警察滥权的案例。",
                ],
            ],
        },
        Event {
            roles: &[
                same("manifestante", "protester", "manifestante", "抗议者"),
                role("studente", "studentessa", "student", "estudiante", "estudiante", "学生"),
                WORKER,
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[
                ["pena di morte", "death penalty", "pena de muerte", "死刑"],
                ["carceri", "prisons", "cárceles", "监狱"],
            ],
            headlines: &[
                [
                    "{^Cb}, condannat{p1?o|a} a morte {p1}, {r1} di {age1} anni",
                    "{^C} sentences {p1}, a {age1}-year-old {r1}, to death",
                    "{^Cb}: condenad{p1?o|a} a muerte {p1}, {r1} de {age1} años",
                    "{C}判处{age1}岁{r1}{p1}死刑",
                ],
                [
                    "Esecuzioni in aumento {of:pct} {inC}: almeno {n3} in un anno","Executions up {pct} in {C}: at least {n3} in a year","Ejecuciones: {a:pct} más {inC}, al menos {n3} en un año","{C}处决人数上升{pct}：一年至少{n3}人",],
                [
                    "Appello per {p1}, {r1} di {age1} anni condannat{p1?o|a} a morte",
                    "Appeal to save {p1}, a {age1}-year-old {r1} on death row",
                    "Llamamiento para salvar a {p1}, {r1} de {age1} años condenad{p1?o|a} a muerte",
                    "国际社会呼吁拯救{age1}岁死囚{r1}{p1}",
                ],
            ],
            standfirsts: &[
                [
                    "{p1s} era stat{p1?o|a} arrestat{p1?o|a} durante le proteste di {months} mesi fa. Secondo la difesa, la confessione è stata estorta con la tortura.",
                    "{p1s} was arrested during the protests {months} months ago. The defence says the confession was extracted under torture.",
                    "{p1s} fue detenid{p1?o|a} durante las protestas de hace {months} meses. Según la defensa, la confesión se obtuvo bajo tortura.",
                    "{p1s}是在{months}个月前的抗议活动中被捕的。辩方称，其供词是在酷刑下获得的。",
                ],
                [
                    "Le organizzazioni per i diritti umani contano almeno {n3} esecuzioni nell'ultimo anno, il numero più alto da oltre un decennio.",
                    "Rights groups count at least {n3} executions in the past year, the highest number in more than a decade.",
                    "Las organizaciones de derechos humanos cuentan al menos {n3} ejecuciones en el último año, la cifra más alta en más de una década.",
                    "人权组织统计，过去一年至少有{n3}人被处决，为十多年来最高。",
                ],
            ],
            leads: &[
                [
                    "{^inC} un tribunale ha condannato a morte {p1}, {r1} di {age1} anni, al termine di un processo durato appena {days} giorni e celebrato a porte chiuse.",
                    "A court in {C} has sentenced {p1}, a {age1}-year-old {r1}, to death after a trial that lasted just {days} days and was held behind closed doors.",
                    "Un tribunal {ofC} ha condenado a muerte a {p1}, {r1} de {age1} años, tras un juicio que duró apenas {days} días y se celebró a puerta cerrada.",
                    "{C}一家法院判处{age1}岁的{r1}{p1}死刑，此前的审判仅持续了{days}天，且不对外公开。",
                ],
                [
                    "{^inC} le esecuzioni sono tornate a crescere: nell'ultimo anno ne sono state registrate almeno {n3}, e tra i condannati in attesa c'è anche {p1}, {r1} di {age1} anni.",
                    "Executions are rising again in {C}: at least {n3} were recorded in the past year, and among those waiting on death row is {p1}, a {age1}-year-old {r1}.",
                    "Las ejecuciones vuelven a aumentar {inC}: en el último año se registraron al menos {n3}, y entre los condenados a la espera está {p1}, {r1} de {age1} años.",
                    "{C}的处决人数再度上升：过去一年至少有{n3}人被处决，{age1}岁的{r1}{p1}也在等待行刑的死囚之列。",
                ],
            ],
            details: &[
                [
                    "Secondo gli avvocati, {p1?l'imputato|l'imputata} non ha potuto chiamare testimoni a propria difesa.",
                    "According to the lawyers, the defendant was not allowed to call witnesses in {p1?his|her} defence.",
                    "Según los abogados, {p1?el acusado|la acusada} no pudo llamar a testigos en su defensa.",
                    "据律师称，被告未被允许传唤证人为自己辩护。",
                ],
                [
                    "La famiglia ha potuto vedere {p1s} una sola volta dall'arresto, per meno di mezz'ora e alla presenza delle guardie.",
                    "The family has been allowed to see {p1s} only once since the arrest, for less than half an hour and with guards present.",
                    "La familia solo ha podido ver a {p1s} una vez desde la detención, durante menos de media hora y en presencia de los guardias.",
                    "自被捕以来，家人只获准探视{p1s}一次，时间不到半小时，且有看守在场。",
                ],
                [
                    "La sentenza può ancora essere impugnata davanti alla Corte suprema, ma i ricorsi vengono accolti raramente.",
                    "The sentence can still be appealed before the Supreme Court, but appeals rarely succeed.",
                    "La sentencia todavía puede recurrirse ante el Tribunal Supremo, pero los recursos rara vez prosperan.",
                    "该判决仍可向最高法院上诉，但上诉很少获得支持。",
                ],
            ],
        },
    ],
    background: &[
        [
            "Le leggi sulla sicurezza nazionale approvate nel {year} hanno ampliato i poteri della polizia e ridotto le garanzie per gli imputati.",
            "National security laws passed in {year} expanded police powers and reduced safeguards for defendants.",
            "Las leyes de seguridad nacional aprobadas en {year} ampliaron los poderes de la policía y redujeron las garantías de los acusados.",
            "{year}年通过的国家安全法扩大了警方的权力，削弱了对被告的保障。",
        ],
        [
            "Molti difensori dei diritti umani hanno scelto l'esilio, mentre chi è rimasto vive sotto una sorveglianza costante.",
            "Many human rights defenders have chosen exile, while those who stayed live under constant surveillance.",
            "Muchos defensores de los derechos humanos han optado por el exilio, mientras que quienes se quedaron viven bajo vigilancia constante.",
            "许多人权捍卫者选择了流亡，留下来的人则处于持续的监视之下。",
        ],
        [
            "Le famiglie dei detenuti denunciano pressioni continue: visite negate, lavoro perso, figli allontanati dalle scuole.",
            "Families of detainees report constant pressure: denied visits, lost jobs, children turned away from schools.",
            "Las familias de los detenidos denuncian presiones continuas: visitas denegadas, empleos perdidos, hijos expulsados de las escuelas.",
            "被拘留者的家属说，他们不断受到压力：探视被拒、失去工作、孩子被学校拒之门外。",
        ],
        [
            "Nel {year} {land} aveva accettato una serie di raccomandazioni delle Nazioni Unite, rimaste però in gran parte sulla carta.",
            "In {year} {land} accepted a series of United Nations recommendations, most of which have remained on paper.",
            "En {year}, {land} aceptó una serie de recomendaciones de las Naciones Unidas, que en su mayoría se han quedado en papel mojado.",
            "{year}年，{land}接受了联合国的一系列建议，但其中大部分至今仍停留在纸面上。",
        ],
    ],
    figures: &[
        [
            "Secondo i dati raccolti dalle associazioni locali, nell'ultimo anno sono state arrestate per motivi politici almeno **{n2} persone**.",
            "According to figures gathered by local associations, at least **{n2} people** were arrested for political reasons in the past year.",
            "Según los datos recopilados por asociaciones locales, al menos **{n2} personas** fueron detenidas por motivos políticos en el último año.",
            "根据当地团体收集的数据，过去一年至少有**{n2}人**因政治原因被捕。",
        ],
        [
            "Secondo un rapporto indipendente, {the:pct} dei detenuti in attesa di giudizio si trova in custodia cautelare da oltre un anno.",
            "According to an independent report, {pct} of detainees awaiting trial have been held in pre-trial custody for more than a year.",
            "Según un informe independiente, {the:pct} de los detenidos en espera de juicio lleva más de un año en prisión preventiva.",
            "一份独立报告显示，在候审的被拘留者中，有{pct}已被审前羁押超过一年。",
        ],
    ],
    quotes: &[
        [
            "Non chiediamo privilegi, chiediamo che la legge venga applicata a tutti allo stesso modo. Oggi chi difende gli altri finisce in prigione.",
            "We are not asking for privileges, we are asking for the law to apply to everyone in the same way. Today those who defend others end up in prison.",
            "No pedimos privilegios, pedimos que la ley se aplique a todos por igual. Hoy quien defiende a los demás acaba en la cárcel.",
            "我们不是在要求特权，我们只要求法律对所有人一视同仁。如今，为他人辩护的人却身陷囹圄。",
        ],
        [
            "Ogni volta che un attivista viene arrestato, altri dieci smettono di parlare. È questo l'obiettivo: il silenzio.",
            "Every time an activist is arrested, ten more stop speaking. That is the goal: silence.",
            "Cada vez que detienen a un activista, otros diez dejan de hablar. Ese es el objetivo: el silencio.",
            "每当一名维权人士被捕，就会有十个人不敢再发声。这正是他们的目的：让所有人沉默。",
        ],
        [
            "Le famiglie vengono lasciate sole. Nessuno spiega loro di cosa sono accusati i loro cari né dove si trovano.",
            "The families are left alone. Nobody tells them what their loved ones are accused of or where they are.",
            "Las familias se quedan solas. Nadie les explica de qué se acusa a sus seres queridos ni dónde están.",
            "这些家庭孤立无援。没有人告诉他们，自己的亲人被控何罪，如今身在何处。",
        ],
    ],
};

pub(crate) static PRESS: Topic = Topic {
    bit: super::PRESS,
    weight: 10,
    sensitive: true,
    needs_c2: false,
    tag: ["libertà di stampa", "press freedom", "libertad de prensa", "新闻自由"],
    issue: ["la libertà di stampa", "press freedom", "la libertad de prensa", "新闻自由"],
    issue_of: ["della libertà di stampa", "of press freedom", "de la libertad de prensa", "新闻自由"],
    officials: &[
        role(
            "ministro dell'Informazione",
            "ministra dell'Informazione",
            "information minister",
            "ministro de Información",
            "ministra de Información",
            "新闻部长",
        ),
        SPOKESPERSON,
    ],
    sources: &[
        role(
            "direttore di un giornale locale",
            "direttrice di un giornale locale",
            "editor of a local newspaper",
            "director de un periódico local",
            "directora de un periódico local",
            "当地一家报纸的总编辑",
        ),
        same("giornalista", "journalist", "periodista", "记者"),
        same(
            "rappresentante di un'associazione di giornalisti",
            "representative of a journalists' association",
            "representante de una asociación de periodistas",
            "记者协会代表",
        ),
    ],
    events: &[
        Event {
            roles: &[
                same("giornalista", "journalist", "periodista", "记者"),
                role("blogger", "blogger", "blogger", "bloguero", "bloguera", "博主"),
                role("fotografo", "fotografa", "photojournalist", "fotoperiodista", "fotoperiodista", "摄影记者"),
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["giornalisti", "journalists", "periodistas", "记者"], ["carceri", "prisons", "cárceles", "监狱"]],
            headlines: &[
                [
                    "{^Cb}, {r1} {p1} condannat{p1?o|a} a {sentence} anni di carcere",
                    "{^Cb}: {r1} {p1} sentenced to {sentence} years in prison",
                    "{^Cb}: condenad{p1?o|a} a {sentence} años de cárcel {the:r1} {p1}",
                    "{C}{r1}{p1}被判处{sentence}年徒刑",
                ],
                [
                    "{^Cb}, arrestat{p1?o|a} {p1}, {age1} anni: scriveva di {beat}","{^Cb}: {r1} {p1}, {age1}, arrested after reporting on {beat}","Detenid{p1?o|a} {p1}, {age1} años, por escribir sobre {beat}","{C}{age1}岁{p1}因报道{beat}被捕",],
                [
                    "{^Cb}, {n1} giornalisti arrestati in un mese. Tra loro {p1}",
                    "{^Cb}: {n1} journalists arrested in a month, including {p1}",
                    "{^Cb}: {n1} periodistas detenidos en un mes, entre ellos {p1}",
                    "{C}{n1}名记者月内被捕，{p1}在列",
                ],
            ],
            standfirsts: &[
                [
                    "{p1s} è accusat{p1?o|a} di «diffusione di notizie false». Per i colleghi è punit{p1?o|a} per aver scritto di {beat}.",
                    "{p1s} is accused of “spreading false news”. Colleagues say {p1?he|she} is being punished for writing about {beat}.",
                    "{p1s} está acusad{p1?o|a} de «difundir noticias falsas». Sus colegas creen que se le castiga por haber escrito sobre {beat}.",
                    "{p1s}被控“散布虚假新闻”。同事们认为，{p1?他|她}是因报道{beat}而受到惩罚。",
                ],
                [
                    "Dall'inizio dell'anno sono almeno {n1} i giornalisti finiti in carcere {inC}. Le testate indipendenti rimaste si contano sulle dita di una mano.",
                    "At least {n1} journalists have been jailed in {C} since the start of the year. The independent outlets still operating can be counted on one hand.",
                    "Desde principios de año, al menos {n1} periodistas han sido encarcelados {inC}. Los medios independientes que quedan se cuentan con los dedos de una mano.",
                    "今年以来，{C}至少已有{n1}名记者入狱。仍在运营的独立媒体屈指可数。",
                ],
            ],
            leads: &[
                [
                    "{p1}, {r1} di {age1} anni, è stat{p1?o|a} condannat{p1?o|a} {day} {inC} a {sentence} anni di carcere per «diffusione di notizie false», dopo aver scritto di {beat}.",
                    "{p1}, a {age1}-year-old {r1}, was sentenced in {C} {day} to {sentence} years in prison for “spreading false news” after writing about {beat}.",
                    "{p1}, {r1} de {age1} años, fue condenad{p1?o|a} {day} {inC} a {sentence} años de cárcel por «difundir noticias falsas» tras escribir sobre {beat}.",
                    "{age1}岁的{r1}{p1}{day}在{C}以“散布虚假新闻”罪被判处{sentence}年徒刑，此前{p1?他|她}曾报道{beat}。",
                ],
                [
                    "{^inC} la polizia ha arrestato {p1}, {r1} di {age1} anni, pochi giorni dopo la pubblicazione di un'inchiesta {beat_on}.",
                    "Police in {C} have arrested {p1}, a {age1}-year-old {r1}, a few days after the publication of an investigation {beat_on}.",
                    "La policía ha detenido {inC} a {p1}, {r1} de {age1} años, pocos días después de la publicación de una investigación {beat_on}.",
                    "{C}警方逮捕了{age1}岁的{r1}{p1}，就在几天前，{p1?他|她}发表了一篇关于{beat}的调查报道。",
                ],
            ],
            details: &[
                [
                    "Il sito per cui lavorava {p1s} è stato oscurato e i suoi profili sui social network sono stati sospesi.",
                    "The website {p1s} worked for has been blocked and {p1?his|her} social media accounts suspended.",
                    "El sitio web para el que trabajaba {p1s} ha sido bloqueado y sus perfiles en las redes sociales, suspendidos.",
                    "{p1s}所供职的网站已被屏蔽，{p1?他|她}的社交媒体账号也被封禁。",
                ],
                [
                    "Secondo l'accusa, gli articoli avrebbero «denigrato il governo» e «turbato l'ordine pubblico».",
                    "According to the prosecution, the articles “denigrated the government” and “disturbed public order”.",
                    "Según la acusación, los artículos «denigraron al Gobierno» y «alteraron el orden público».",
                    "检方称，这些文章“抹黑政府”并“扰乱公共秩序”。",
                ],
                [
                    "Prima dell'arresto {p1s} aveva ricevuto minacce anonime ed era stat{p1?o|a} seguit{p1?o|a} più volte da auto senza targa.",
                    "Before the arrest {p1s} had received anonymous threats and had been followed several times by unmarked cars.",
                    "Antes de la detención, {p1s} había recibido amenazas anónimas y había sido seguid{p1?o|a} varias veces por coches sin matrícula.",
                    "被捕前，{p1s}曾收到匿名威胁，并多次被无牌照车辆跟踪。",
                ],
            ],
        },
        Event {
            roles: &[
                role("direttore", "direttrice", "editor", "director", "directora", "主编"),
                role("fondatore", "fondatrice", "founder", "fundador", "fundadora", "创办人"),
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["censura", "censorship", "censura", "审查"], ["internet", "internet", "internet", "互联网"]],
            headlines: &[
                [
                    "{^Cb}, {n3} voti per la legge «bavaglio»: fino a {sentence} anni","{^Cb}: “gag law” passed with {n3} votes, up to {sentence} years in jail","{^Cb}: {n3} votos para la «ley mordaza», hasta {sentence} años de cárcel","{C}以{n3}票通过“封口法”，最高判{sentence}年",],
                [
                    "{^Cb}, {p1}: «Con {sentence} anni di carcere muore il giornalismo»","{^Cb}: {p1} says {sentence}-year jail terms will end free journalism","{^Cb}. {p1}: «{^sentence} años de cárcel acaban con el periodismo»","{C}{p1}：“判{sentence}年将终结新闻自由”",],
                [
                    "In {n2} in piazza {inC} contro la legge sui media",
                    "{n2} rally in {C} against new media law",
                    "{n2} personas se manifiestan {inC} contra la ley de medios",
                    "{C}{n2}人集会抗议新媒体法",
                ],
            ],
            standfirsts: &[
                [
                    "Il testo, approvato con {n3} voti a favore, prevede pene fino a {sentence} anni per chi diffonde informazioni «false o fuorvianti». Le opposizioni parlano di censura.",
                    "The text, passed with {n3} votes in favour, provides for up to {sentence} years in prison for spreading “false or misleading” information. The opposition calls it censorship.",
                    "El texto, aprobado con {n3} votos a favor, prevé penas de hasta {sentence} años para quien difunda información «falsa o engañosa». La oposición habla de censura.",
                    "该法以{n3}票赞成获得通过，规定散布“虚假或误导性”信息者最高可判处{sentence}年徒刑。反对派称之为审查。",
                ],
                [
                    "Almeno {n2} persone sono scese in piazza contro il provvedimento. {p1}, {r1} di un sito indipendente, teme la chiusura delle ultime voci critiche.",
                    "At least {n2} people took to the streets against the measure. {p1}, {a:r1} of an independent site, fears the last critical voices will be silenced.",
                    "Al menos {n2} personas salieron a la calle contra la medida. {p1}, {r1} de un sitio independiente, teme el cierre de las últimas voces críticas.",
                    "至少{n2}人走上街头抗议该法。一家独立网站的{r1}{p1}担心，最后一批批评声音将被迫消失。",
                ],
            ],
            leads: &[
                [
                    "Il parlamento {ofC} ha approvato {day}, con {n3} voti a favore, una legge che punisce con pene fino a {sentence} anni di carcere la diffusione di «notizie false».",
                    "Lawmakers in {C} {day} passed, with {n3} votes in favour, a law punishing the spread of “fake news” with up to {sentence} years in prison.",
                    "El Parlamento {ofC} aprobó {day}, con {n3} votos a favor, una ley que castiga con hasta {sentence} años de cárcel la difusión de «noticias falsas».",
                    "{C}议会{day}以{n3}票赞成通过一项法律，对散布“假新闻”者最高可判处{sentence}年监禁。",
                ],
                [
                    "Almeno {n2} persone, tra giornalisti, studenti e lettori, hanno manifestato {day} {inC} contro la nuova legge sui media, che prevede fino a {sentence} anni di carcere per le «notizie false».",
                    "At least {n2} journalists, students and readers demonstrated in {C} {day} against the new media law, which provides for up to {sentence} years in prison for “fake news”.",
                    "Al menos {n2} personas, entre periodistas, estudiantes y lectores, se manifestaron {day} {inC} contra la nueva ley de medios, que prevé hasta {sentence} años de cárcel por «noticias falsas».",
                    "至少{n2}名记者、学生和读者{day}在{C}举行示威，抗议规定散布“假新闻”最高可判{sentence}年徒刑的新媒体法。",
                ],
            ],
            details: &[
                [
                    "La legge affida a una commissione nominata dal governo il potere di decidere quali notizie siano «false» e di chiudere i siti senza passare da un giudice.",
                    "The law gives a government-appointed commission the power to decide which news is “false” and to shut down websites without going through a judge.",
                    "La ley otorga a una comisión nombrada por el Gobierno el poder de decidir qué noticias son «falsas» y de cerrar sitios web sin pasar por un juez.",
                    "该法授权一个由政府任命的委员会认定哪些新闻属于“虚假”，并可在不经法官审理的情况下关闭网站。",
                ],
                [
                    "{p1}, {r1} di uno dei pochi siti indipendenti rimasti, ha detto che la redazione sta già valutando di trasferirsi all'estero.",
                    "{p1}, {a:r1} of one of the few remaining independent sites, said the newsroom is already considering moving abroad.",
                    "{p1}, {r1} de uno de los pocos sitios independientes que quedan, dijo que la redacción ya estudia trasladarse al extranjero.",
                    "仅存的几家独立网站之一的{r1}{p1}表示，编辑部已在考虑迁往海外。",
                ],
                [
                    "Il provvedimento prevede anche multe fino a {money_small} per le piattaforme che non rimuovono entro 24 ore i contenuti segnalati.",
                    "The measure also provides for fines of up to {money_small} for platforms that fail to remove flagged content within 24 hours.",
                    "La norma prevé también multas de hasta {money_small} para las plataformas que no retiren en 24 horas los contenidos señalados.",
                    "该法还规定，未在24小时内删除被举报内容的平台最高将被处以{money_small}的罚款。",
                ],
            ],
        },
    ],
    background: &[
        [
            "Nella classifica internazionale sulla libertà di stampa, {C} si trova oggi al {rank}° posto su 180 paesi.",
            "In the international press freedom index, {C} now ranks {rank_ord} out of 180 countries.",
            "En la clasificación internacional de libertad de prensa, {C} ocupa hoy el puesto {rank} de 180 países.",
            "在国际新闻自由指数中，{C}目前在180个国家和地区中排名第{rank}位。",
        ],
        [
            "Negli ultimi {years} anni decine di giornalisti hanno lasciato {land} e continuano a lavorare dall'estero, spesso sotto pseudonimo.",
            "Over the past {years} years dozens of journalists have left {land} and continue to work from abroad, often under pseudonyms.",
            "En los últimos {years} años, decenas de periodistas han abandonado {land} y siguen trabajando desde el extranjero, a menudo con seudónimo.",
            "过去{years}年间，数十名记者离开{land}，在海外继续工作，而且往往使用化名。",
        ],
        [
            "I media statali dominano l'informazione, mentre i siti indipendenti sopravvivono grazie a piccole donazioni dei lettori.",
            "State media dominate the news, while independent sites survive on small donations from readers.",
            "Los medios estatales dominan la información, mientras que los sitios independientes sobreviven gracias a pequeñas donaciones de los lectores.",
            "官方媒体主导着新闻信息，独立网站则依靠读者的小额捐款勉强维持。",
        ],
        [
            "L'autocensura è diffusa: molti cronisti evitano i temi legati all'esercito, alla corruzione e alle minoranze.",
            "Self-censorship is widespread: many reporters avoid subjects linked to the military, corruption and minorities.",
            "La autocensura está muy extendida: muchos reporteros evitan los temas relacionados con el ejército, la corrupción y las minorías.",
            "自我审查十分普遍：许多记者回避涉及军队、腐败和少数群体的话题。",
        ],
    ],
    figures: &[
        [
            "Secondo le associazioni di categoria, dal {year} sono stati chiusi o bloccati almeno {n3} siti di informazione.",
            "According to press associations, at least {n3} news websites have been closed or blocked since {year}.",
            "Según las asociaciones del sector, desde {year} se han cerrado o bloqueado al menos {n3} sitios de noticias.",
            "据新闻行业协会统计，自{year}年以来，至少有{n3}个新闻网站被关闭或屏蔽。",
        ],
        [
            "Un sondaggio tra i professionisti dell'informazione indica che {the:pct} ha ricevuto minacce nell'ultimo anno.",
            "A survey of media workers found that {pct} had received threats in the past year.",
            "Una encuesta entre profesionales de la información indica que {the:pct} ha recibido amenazas en el último año.",
            "一项针对新闻从业者的调查显示，{pct}的受访者在过去一年中曾受到威胁。",
        ],
    ],
    quotes: &[
        [
            "Non ci chiedono di mentire, ci chiedono di tacere. E il silenzio, per un giornalista, è già una forma di complicità.",
            "They don't ask us to lie, they ask us to keep quiet. And for a journalist, silence is already a form of complicity.",
            "No nos piden que mintamos, nos piden que callemos. Y para un periodista, el silencio ya es una forma de complicidad.",
            "他们没有要求我们说谎，而是要求我们沉默。对记者来说，沉默本身就是一种共谋。",
        ],
        [
            "Ogni mattina controlliamo chi della redazione è ancora libero. Poi ci mettiamo al lavoro, perché i lettori contano su di noi.",
            "Every morning we check which members of the newsroom are still free. Then we get to work, because readers are counting on us.",
            "Cada mañana comprobamos quién de la redacción sigue en libertad. Luego nos ponemos a trabajar, porque los lectores cuentan con nosotros.",
            "每天早上，我们都要确认编辑部里谁还是自由的。然后我们开始工作，因为读者在指望我们。",
        ],
        [
            "Una legge così non serve a combattere le notizie false. Serve a decidere chi ha il diritto di raccontare la realtà.",
            "A law like this is not about fighting false news. It is about deciding who has the right to tell the truth.",
            "Una ley así no sirve para combatir las noticias falsas. Sirve para decidir quién tiene derecho a contar la realidad.",
            "这样的法律并不是为了打击虚假新闻，而是为了决定谁有权讲述真相。",
        ],
    ],
};

pub(crate) static RELIGION: Topic = Topic {
    bit: super::RELIGION,
    weight: 9,
    sensitive: true,
    needs_c2: false,
    tag: ["libertà religiosa", "religious freedom", "libertad religiosa", "宗教自由"],
    issue: ["la libertà religiosa", "religious freedom", "la libertad religiosa", "宗教自由"],
    issue_of: ["della libertà religiosa", "of religious freedom", "de la libertad religiosa", "宗教自由"],
    officials: &[
        role(
            "ministro per gli Affari religiosi",
            "ministra per gli Affari religiosi",
            "minister for religious affairs",
            "ministro de Asuntos Religiosos",
            "ministra de Asuntos Religiosos",
            "宗教事务部长",
        ),
        GOVERNOR,
    ],
    sources: &[
        same("fedele della comunità", "member of the congregation", "fiel de la comunidad", "信众"),
        role("insegnante", "insegnante", "teacher", "maestro", "maestra", "教师"),
        role(
            "studioso di religioni",
            "studiosa di religioni",
            "scholar of religion",
            "estudioso de las religiones",
            "estudiosa de las religiones",
            "宗教学者",
        ),
    ],
    events: &[
        Event {
            roles: &[],
            p1_foreign: false,
            good_news: false,
            tags: &[["luoghi di culto", "places of worship", "lugares de culto", "宗教场所"]],
            headlines: &[
                [
                    "{^Cb}, {place_bare} demolit{pl?o|a} {a_city} davanti a {n3} {believers_bare}","{^Cb}: {place_bare} in {city} razed as {n3} {believers_bare} watch","{^Cb}: {place_bare} derribad{pl?o|a} en {city} ante {n3} {believers_bare}","{city}{n3}名{believers_bare}目睹{place_bare}被拆",],
                [
                    "{^Cb}, abbattut{pl?o|a} {place_def} di {p1}: {n3} fedeli in strada","Bulldozers raze {p1}'s {place_bare} in {C} as {n3} protest","{^Cb}: derriban {place_def} de {p1} ante {n3} fieles","{p1}的{place_bare}遭强拆，{n3}名信众抗议",],
                [
                    "{^Cb}, {n4} {places} demolit{pl?i|e} in un anno: l'ultim{pl?o|a} {a_city}","{^Cb}: {n4} {places} razed in a year, latest in {city}","{^n4} {places} derribad{pl?o|a}s en un año: {pl?el último|la última}, en {city}","{C}一年拆除{n4}座{places}，最新在{city}",],
            ],
            standfirsts: &[
                [
                    "Le autorità sostengono che l'edificio non aveva i permessi necessari. {^believers} del luogo parlano di una punizione per la loro fede.",
                    "The authorities claim the building lacked the necessary permits. Local {believers} call it a punishment for their faith.",
                    "Las autoridades sostienen que el edificio no tenía los permisos necesarios. {^believers} del lugar hablan de un castigo por su fe.",
                    "当局称该建筑缺乏必要的许可。当地{believers}则认为，这是对他们信仰的惩罚。",
                ],
                [
                    "In un anno sono stat{pl?i|e} demolit{pl?i|e} {n4} {places} nella regione. {p1}, che guidava la comunità da {years} anni, è sotto sorveglianza.",
                    "{^n4} {places} have been demolished in the region in a year. {p1}, who had led the community for {years} years, is under surveillance.",
                    "En un año se han derribado {n4} {places} en la región. {p1}, que dirigía la comunidad desde hacía {years} años, está bajo vigilancia.",
                    "一年内，当地已有{n4}座{places}被拆除。带领信众{years}年的{p1}目前处于监视之下。",
                ],
            ],
            leads: &[
                [
                    "{^inC} le ruspe hanno demolito {day} {place_indef} costruit{pl?o|a} dalla comunità locale, mentre circa {n3} fedeli assistevano in silenzio.",
                    "Bulldozers in {C} {day} demolished {place_indef} built by the local community, as about {n3} worshippers watched in silence.",
                    "Las excavadoras derribaron {day} {inC} {place_indef} construid{pl?o|a} por la comunidad local, mientras unos {n3} fieles observaban en silencio.",
                    "{C}当局{day}出动推土机，拆除了一座由当地社区修建的{place_bare}，约{n3}名信众在一旁默默注视。",
                ],
                [
                    "{^community} {ofC} ha perso un altro luogo di culto: {p1}, {r1} di {age1} anni, ha visto demolire {day} {place_def} dove prestava servizio da {years} anni.",
                    "{^community} in {C} has lost another place of worship: {p1}, a {age1}-year-old {r1}, watched {day} as {place_def} where he had served for {years} years was demolished.",
                    "{^community} {ofC} ha perdido otro lugar de culto: {p1}, {r1} de {age1} años, vio {day} cómo derribaban {place_def} donde servía desde hacía {years} años.",
                    "{C}的{community}又失去了一处宗教场所：{age1}岁的{r1}{p1}{day}眼看着自己服务了{years}年的{place_bare}被拆除。",
                ],
            ],
            details: &[
                [
                    "Secondo le autorità locali l'edificio era abusivo, ma i fedeli mostrano documenti che ne attestano la regolarità.",
                    "Local authorities say the building was illegal, but worshippers show documents proving it was registered.",
                    "Según las autoridades locales el edificio era ilegal, pero los fieles muestran documentos que acreditan su legalidad.",
                    "地方当局称该建筑属于违章建筑，但信众出示了证明其合法登记的文件。",
                ],
                [
                    "Nelle settimane precedenti i fedeli erano stati convocati uno per uno dalla polizia e invitati a firmare una dichiarazione di rinuncia alla fede.",
                    "In the preceding weeks worshippers had been summoned one by one by the police and asked to sign a statement renouncing their faith.",
                    "En las semanas anteriores, los fieles habían sido citados uno a uno por la policía e invitados a firmar una declaración de renuncia a su fe.",
                    "在此之前的几周里，信众被警方逐一传唤，并被要求签署放弃信仰的声明。",
                ],
                [
                    "Le celebrazioni proseguono ora nelle case private, in piccoli gruppi, per non attirare l'attenzione.",
                    "Services now continue in private homes, in small groups, so as not to attract attention.",
                    "Las celebraciones continúan ahora en casas particulares, en pequeños grupos, para no llamar la atención.",
                    "目前，宗教活动只能以小组形式在私人住宅中进行，以免引起注意。",
                ],
            ],
        },
        Event {
            roles: &[],
            p1_foreign: false,
            good_news: false,
            tags: &[["conversioni", "conversion", "conversiones", "改宗"], ["carceri", "prisons", "cárceles", "监狱"]],
            headlines: &[
                [
                    "{^Cb}, arrestato {the:r1} {p1}, {age1} anni, con {n1} fedeli","{^Cb}: {r1} {p1}, {age1}, arrested with {n1} worshippers","{^Cb}: detenido {the:r1} {p1}, {age1} años, con {n1} fieles","{C}{age1}岁{r1}{p1}等{n1}人祈祷时被捕",],
                [
                    "{^Cb}, arrestati per proselitismo {the:r1} {p1} e {n1} {believers_bare}","{^Cb}: {r1} {p1} and {n1} {believers_bare} held for proselytising","{^Cb}: detenidos {the:r1} {p1} y {n1} {believers_bare} por proselitismo","{C}{r1}{p1}等{n1}名{believers_bare}被捕",],
                [
                    "{^Cb}, retata in preghiera: arrestato {the:r1} {p1}, {age1} anni","{^Cb}: {r1} {p1}, {age1}, held in raid on prayer meeting","{^Cb}: redada y detención {of:r1} {p1}, {age1} años","{C}突袭祈祷聚会，{age1}岁{r1}{p1}被捕",],
            ],
            standfirsts: &[
                [
                    "L'accusa è di aver organizzato «conversioni forzate». Per {believers} del luogo si trattava di un normale incontro di preghiera.",
                    "The charge is organising “forced conversions”. For local {believers} it was an ordinary prayer meeting.",
                    "Se les acusa de organizar «conversiones forzadas». Para {believers} del lugar se trataba de un encuentro de oración normal.",
                    "他们被控组织“强迫改宗”。但在当地{believers}看来，那只是一次普通的祈祷聚会。",
                ],
                [
                    "Con {p1} sono stati portati via {n1} fedeli. La legge contro le conversioni prevede fino a {sentence} anni di carcere.",
                    "Along with {p1}, {n1} worshippers were taken away. The anti-conversion law provides for up to {sentence} years in prison.",
                    "Junto a {p1} fueron detenidos {n1} fieles. La ley contra las conversiones prevé hasta {sentence} años de cárcel.",
                    "与{p1}一同被带走的还有{n1}名信众。《反改宗法》规定最高可判处{sentence}年监禁。",
                ],
            ],
            leads: &[
                [
                    "La polizia ha fatto irruzione {day} durante un incontro di preghiera {inC} e ha arrestato {the:r1} {p1}, {age1} anni, insieme a {n1} fedeli, con l'accusa di «conversioni forzate».",
                    "Police in {C} raided a prayer meeting {day} and arrested {r1} {p1}, {age1}, along with {n1} worshippers, on charges of “forced conversions”.",
                    "La policía irrumpió {day} en un encuentro de oración {inC} y detuvo {to:r1} {p1}, de {age1} años, junto a {n1} fieles, acusados de «conversiones forzadas».",
                    "{C}警方{day}突袭一场祈祷聚会，以“强迫改宗”为由逮捕了{age1}岁的{r1}{p1}以及{n1}名信众。",
                ],
                [
                    "{^the:r1} {p1} e {n1} fedeli sono stati arrestati {day} {inC} in base alla legge contro le conversioni, che prevede fino a {sentence} anni di carcere.",
                    "{^r1} {p1} and {n1} worshippers were arrested in {C} {day} under the anti-conversion law, which carries up to {sentence} years in prison.",
                    "{^the:r1} {p1} y {n1} fieles fueron detenidos {day} {inC} en virtud de la ley contra las conversiones, que prevé hasta {sentence} años de cárcel.",
                    "{r1}{p1}和{n1}名信众{day}在{C}依据《反改宗法》被捕，该法最高可判处{sentence}年监禁。",
                ],
            ],
            details: &[
                [
                    "Secondo i testimoni, gli agenti hanno sequestrato libri sacri, telefoni e l'elenco dei partecipanti.",
                    "According to witnesses, officers seized holy books, phones and the list of participants.",
                    "Según los testigos, los agentes se llevaron libros sagrados, teléfonos y la lista de participantes.",
                    "据目击者称，警员没收了宗教经书、手机和参加者名单。",
                ],
                [
                    "La denuncia sarebbe partita da un gruppo locale vicino al partito di governo.",
                    "The complaint reportedly came from a local group close to the ruling party.",
                    "La denuncia habría partido de un grupo local cercano al partido gobernante.",
                    "据报道，举报来自一个与执政党关系密切的地方团体。",
                ],
                [
                    "{p1s} guida la comunità da {years} anni e non aveva mai avuto problemi con la giustizia.",
                    "{p1s} has led the community for {years} years and had never been in trouble with the law.",
                    "{p1s} dirige la comunidad desde hace {years} años y nunca había tenido problemas con la justicia.",
                    "{p1s}带领这个信仰团体已有{years}年，此前从未有过任何违法记录。",
                ],
            ],
        },
    ],
    background: &[
        [
            "{^believers} rappresentano una piccola minoranza {inC}, ma le loro comunità sono cresciute negli ultimi decenni.",
            "{^believers} are a small minority in {C}, but their communities have grown in recent decades.",
            "{^believers} son una pequeña minoría {inC}, pero sus comunidades han crecido en las últimas décadas.",
            "{believers}在{C}是一个很小的少数群体，但他们的社区在过去几十年中不断壮大。",
        ],
        [
            "Le nuove norme sulle attività religiose, in vigore dal {year}, impongono la registrazione di ogni luogo di culto e di ogni responsabile.",
            "New rules on religious activities, in force since {year}, require every place of worship and every leader to be registered.",
            "Las nuevas normas sobre actividades religiosas, vigentes desde {year}, obligan a registrar cada lugar de culto y a cada responsable.",
            "自{year}年起施行的宗教活动新规要求，所有宗教场所及其负责人都必须登记。",
        ],
        [
            "Le comunità denunciano che le richieste di permesso per costruire o restaurare {places} restano senza risposta per anni.",
            "Communities say applications for permits to build or restore {places} go unanswered for years.",
            "Las comunidades denuncian que las solicitudes de permiso para construir o restaurar {places} quedan sin respuesta durante años.",
            "信仰团体称，新建或修缮{places}的许可申请往往多年得不到答复。",
        ],
        [
            "Da anni gli osservatori internazionali inseriscono {C} tra i paesi in cui la libertà religiosa è più a rischio.",
            "International observers have for years listed {C} among the countries where religious freedom is most at risk.",
            "Según los observadores internacionales, {C} figura desde hace años entre los países donde la libertad religiosa corre más riesgo.",
            "多年来，国际观察人士一直将{C}列为宗教自由风险最高的国家之一。",
        ],
    ],
    figures: &[
        [
            "Secondo i dati raccolti dalle comunità, dal {year} sono stati chiusi o demoliti almeno {n3} luoghi di culto.",
            "According to figures compiled by the communities, at least {n3} places of worship have been closed or demolished since {year}.",
            "Según datos recopilados por las comunidades, desde {year} se han cerrado o derribado al menos {n3} lugares de culto.",
            "据信仰团体统计，自{year}年以来，至少有{n3}处宗教场所被关闭或拆除。",
        ],
        [
            "Si stima che {believers} {land_in} siano circa {nbig}.",
            "There are an estimated {nbig} {believers} {land_in}.",
            "Se calcula que {believers} {land_in} son unos {nbig}.",
            "据估计，{land}约有{nbig}名{believers}。",
        ],
    ],
    quotes: &[
        [
            "Non chiediamo niente di speciale, solo di poter pregare in pace. Ci trattano come criminali perché crediamo.",
            "We are not asking for anything special, only to be able to pray in peace. They treat us like criminals because we believe.",
            "No pedimos nada especial, solo poder rezar en paz. Nos tratan como criminales porque creemos.",
            "我们没有什么特别的要求，只希望能够平静地祈祷。他们因为我们的信仰就把我们当作罪犯。",
        ],
        [
            "Possono abbattere i muri, ma non possono abbattere la fede della gente. La comunità resta unita.",
            "They can tear down walls, but they cannot tear down people's faith. The community remains united.",
            "Pueden derribar los muros, pero no la fe de la gente. La comunidad sigue unida.",
            "他们可以推倒墙壁，却推不倒人们的信仰。我们的团体依然团结。",
        ],
        [
            "I giovani hanno paura e molti smettono di venire. È questo che ci preoccupa di più per il futuro.",
            "Young people are afraid and many stop coming. That is what worries us most for the future.",
            "Los jóvenes tienen miedo y muchos dejan de venir. Eso es lo que más nos preocupa de cara al futuro.",
            "年轻人感到害怕，很多人不再来了。这是我们对未来最担心的事。",
        ],
    ],
};

pub(crate) static ELECTIONS: Topic = Topic {
    bit: super::ELECTIONS,
    weight: 6,
    sensitive: true,
    needs_c2: false,
    tag: ["elezioni", "elections", "elecciones", "选举"],
    issue: ["la partecipazione democratica", "democratic participation", "la participación democrática", "民主参与"],
    issue_of: [
        "della partecipazione democratica",
        "of democratic participation",
        "de la participación democrática",
        "民主参与",
    ],
    officials: &[
        same(
            "presidente della commissione elettorale",
            "head of the electoral commission",
            "presidente de la comisión electoral",
            "选举委员会主席",
        ),
        SPOKESPERSON,
    ],
    sources: &[
        role(
            "osservatore elettorale",
            "osservatrice elettorale",
            "election observer",
            "observador electoral",
            "observadora electoral",
            "选举观察员",
        ),
        role("politologo", "politologa", "political scientist", "politólogo", "politóloga", "政治学者"),
        same("dirigente dell'opposizione", "opposition official", "dirigente de la oposición", "反对派官员"),
    ],
    events: &[
        Event {
            roles: &[
                role("candidato dell'opposizione", "candidata dell'opposizione", "opposition candidate", "candidato opositor", "candidata opositora", "反对派候选人"),
                role("leader dell'opposizione", "leader dell'opposizione", "opposition leader", "líder opositor", "líder opositora", "反对派领袖"),
            ],
            p1_foreign: false,
            good_news: false,
            tags: &[["opposizione", "opposition", "oposición", "反对派"]],
            headlines: &[
                [
                    "{^Cb}, esclus{p1?o|a} dalle {vote} {the:r1} {p1}",
                    "{^Cb}: {r1} {p1} barred from {vote}",
                    "{^Cb}: excluid{p1?o|a} de las {vote} {the:r1} {p1}",
                    "{C}{age1}岁{p1}被取消{vote}参选资格",],
                [
                    "{^Cb}, {n3} candidati esclusi a {weeks} settimane dal voto",
                    "{^C} bars {n3} candidates {weeks} weeks before the vote",
                    "{^C} excluye a {n3} candidatos a {weeks} semanas de la votación",
                    "{C}投票前{weeks}周取消{n3}名候选人资格",
                ],
                [
                    "{p1}, {age1} anni, esclus{p1?o|a} dalla corsa: «{^C} merit{C?a|ano} elezioni libere»","{p1}, {age1}, barred from race: “{^C} deserves free elections”","{p1}, {age1} años, excluid{p1?o|a}: «{^C} merece elecciones libres»","{age1}岁{p1}遭除名：“{C}应有自由选举”",],
            ],
            standfirsts: &[
                [
                    "La commissione elettorale ha respinto la candidatura per «irregolarità nei documenti». L'opposizione parla di una decisione politica.",
                    "The electoral commission rejected the candidacy over “irregularities in the paperwork”. The opposition calls it a political decision.",
                    "La comisión electoral rechazó la candidatura por «irregularidades en la documentación». La oposición habla de una decisión política.",
                    "选举委员会以“文件不合规”为由驳回了其参选申请。反对派称这是一项政治决定。",
                ],
                [
                    "Oltre a {p1s}, sono stati esclusi altri {n3} candidati. Il voto è previsto {in_nextmonth}.",
                    "Besides {p1s}, another {n3} candidates were barred. The vote is scheduled for {nextmonth}.",
                    "Además de {p1s}, otros {n3} candidatos fueron excluidos. La votación está prevista para {nextmonth}.",
                    "除{p1s}外，另有{n3}名候选人被取消资格。投票定于{nextmonth}举行。",
                ],
            ],
            leads: &[
                [
                    "La commissione elettorale {ofC} ha escluso {day} dalle {vote} {the:r1} {p1}, {age1} anni, {p1?considerato il principale sfidante|considerata la principale sfidante} del partito di governo.",
                    "The electoral commission of {C} {day} barred {r1} {p1}, {age1}, seen as the main challenger to the ruling party, from the {vote}.",
                    "La comisión electoral {ofC} excluyó {day} de las {vote} {to:r1} {p1}, de {age1} años, {p1?considerado el principal rival|considerada la principal rival} del partido gobernante.",
                    "{C}选举委员会{day}取消了{age1}岁的{r1}{p1}参加{vote}的资格，{p1?他|她}被视为执政党的主要挑战者。",
                ],
                [
                    "A {weeks} settimane dalle {vote}, la commissione elettorale {ofC} ha escluso {n3} candidati, tra cui {the:r1} {p1}.",
                    "With {weeks} weeks to go before the {vote}, the electoral commission of {C} has barred {n3} candidates, including {r1} {p1}.",
                    "A {weeks} semanas de las {vote}, la comisión electoral {ofC} ha excluido a {n3} candidatos, entre ellos {the:r1} {p1}.",
                    "距离{vote}仅剩{weeks}周，{C}选举委员会取消了{n3}名候选人的资格，其中包括{r1}{p1}。",
                ],
            ],
            details: &[
                [
                    "Secondo la commissione, nei documenti presentati mancavano alcune firme e un certificato fiscale.",
                    "According to the commission, the documents submitted lacked several signatures and a tax certificate.",
                    "Según la comisión, en la documentación presentada faltaban varias firmas y un certificado fiscal.",
                    "选举委员会称，提交的文件缺少若干签名和一份税务证明。",
                ],
                [
                    "{p1s} ha annunciato ricorso e ha invitato i sostenitori a mobilitarsi in modo pacifico.",
                    "{p1s} has announced an appeal and urged supporters to mobilise peacefully.",
                    "{p1s} anunció que recurrirá y llamó a sus partidarios a movilizarse de forma pacífica.",
                    "{p1s}宣布将提出上诉，并呼吁支持者以和平方式进行动员。",
                ],
                [
                    "Nei sondaggi indipendenti il partito di {p1s} era dato intorno {to:pct}, in crescita rispetto alle ultime elezioni.",
                    "Independent polls put {p1s}'s party at around {pct}, up from the last elections.",
                    "Los sondeos independientes situaban al partido de {p1s} en torno {to:pct}, al alza respecto a las últimas elecciones.",
                    "独立民调显示，{p1s}所在政党的支持率约为{pct}，较上次选举有所上升。",
                ],
            ],
        },
        Event {
            roles: &[role(
                "candidato del partito di governo",
                "candidata del partito di governo",
                "ruling party candidate",
                "candidato del partido gobernante",
                "candidata del partido gobernante",
                "执政党候选人",
            )],
            p1_foreign: false,
            good_news: false,
            tags: &[["brogli", "electoral fraud", "fraude electoral", "选举舞弊"]],
            headlines: &[
                [
                    "{^Cb}, {p1} vince con {the:pctw}. L'opposizione: «Brogli»",
                    "{^Cb}: {p1} wins with {pctw}, opposition alleges fraud",
                    "{^Cb}: {p1} gana con {the:pctw}; la oposición denuncia fraude",
                    "{p1}以{pctw}胜选，反对派称舞弊",
                ],
                [
                    "{^Cb}, {vote}: alle urne solo {the:turnout} degli elettori","Only {turnout} of voters turn out for {vote} in {C}","{^Cb}, {vote}: solo vota {the:turnout} del censo","{C}{vote}投票率仅为{turnout}",],
                [
                    "{^Cb}, vittoria contestata per {p1}: in piazza {n2} sostenitori dell'opposizione",
                    "{^Cb}: {n2} protest disputed win for {p1}",
                    "{^Cb}: {n2} opositores protestan contra la victoria de {p1}",
                    "{p1}胜选引争议，{n2}人上街抗议",
                ],
            ],
            standfirsts: &[
                [
                    "Secondo i dati ufficiali, {p1} ha ottenuto {the:pctw} dei voti, con un'affluenza {of:turnout}. Gli osservatori segnalano irregolarità in diversi seggi.",
                    "According to official results, {p1} won {pctw} of the vote on a turnout of {turnout}. Observers report irregularities at several polling stations.",
                    "Según los datos oficiales, {p1} obtuvo {the:pctw} de los votos, con una participación {of:turnout}. Los observadores señalan irregularidades en varios colegios electorales.",
                    "官方数据显示，{p1}获得{pctw}的选票，投票率为{turnout}。观察员报告称，多个投票站存在违规现象。",
                ],
                [
                    "L'opposizione non riconosce il risultato e chiede il riconteggio. Almeno {n2} persone hanno manifestato nelle strade.",
                    "The opposition refuses to recognise the result and is demanding a recount. At least {n2} people have demonstrated in the streets.",
                    "La oposición no reconoce el resultado y exige un recuento. Al menos {n2} personas se han manifestado en las calles.",
                    "反对派拒绝承认选举结果，要求重新计票。至少{n2}人走上街头示威。",
                ],
            ],
            leads: &[
                [
                    "{p1}, {r1}, ha vinto le {vote} {inC} con {the:pctw} dei voti, secondo i risultati ufficiali diffusi {day} dalla commissione elettorale.",
                    "{p1}, the {r1}, has won the {vote} in {C} with {pctw} of the vote, according to official results released {day} by the electoral commission.",
                    "{p1}, {r1}, ganó las {vote} {inC} con {the:pctw} de los votos, según los resultados oficiales difundidos {day} por la comisión electoral.",
                    "根据选举委员会{day}公布的官方结果，{r1}{p1}以{pctw}的得票率赢得{C}{vote}。",
                ],
                [
                    "{^inC} solo {the:turnout} degli aventi diritto si è recato alle urne per le {vote}, che secondo i dati ufficiali hanno visto la vittoria di {p1}, {r1}.",
                    "Only {turnout} of eligible voters in {C} took part in the {vote}, which according to official figures were won by {p1}, the {r1}.",
                    "{^inC} solo {the:turnout} de los electores acudió a las urnas en las {vote}, que según los datos oficiales ganó {p1}, {r1}.",
                    "{C}{vote}的投票率仅为{turnout}，官方数据显示，{r1}{p1}赢得了此次选举。",
                ],
            ],
            details: &[
                [
                    "Gli osservatori indipendenti hanno documentato casi di voto multiplo e di pressioni sui dipendenti pubblici.",
                    "Independent observers documented cases of multiple voting and pressure on public employees.",
                    "Los observadores independientes documentaron casos de voto múltiple y presiones sobre los empleados públicos.",
                    "独立观察员记录了重复投票以及向公职人员施压的情况。",
                ],
                [
                    "Nelle ore successive al voto, l'accesso ad alcuni social network è stato rallentato {land_in}.",
                    "In the hours after the vote, access to some social networks was slowed {land_in}.",
                    "En las horas posteriores a la votación, el acceso a algunas redes sociales se ralentizó {land_in}.",
                    "投票结束后的几个小时里，{land}部分社交网络的访问速度被限制。",
                ],
                [
                    "La commissione elettorale ha respinto le accuse di brogli avanzate dall'opposizione, parlando di «un voto trasparente e ordinato».","The electoral commission rejected the opposition's fraud allegations, speaking of “a transparent and orderly vote”.","La comisión electoral rechazó las acusaciones de fraude de la oposición y habló de «una votación transparente y ordenada».","选举委员会驳斥了反对派的舞弊指控，称这是“一次透明、有序的投票”。",],
            ],
        },
    ],
    background: &[
        [
            "Le ultime {vote} si erano svolte nel {year} ed erano state segnate da un'ondata di arresti tra gli oppositori.",
            "The previous {vote} were held in {year} and marked by a wave of arrests among opponents.",
            "Las anteriores {vote} se celebraron en {year} y estuvieron marcadas por una oleada de detenciones de opositores.",
            "上一次{vote}于{year}年举行，期间大批反对派人士被捕。",
        ],
        [
            "Il partito di governo controlla la maggior parte dei media e dispone di risorse molto superiori a quelle dei rivali.",
            "The ruling party controls most of the media and has far greater resources than its rivals.",
            "El partido gobernante controla la mayor parte de los medios y dispone de recursos muy superiores a los de sus rivales.",
            "执政党控制着大部分媒体，拥有的资源远超其竞争对手。",
        ],
        [
            "I giovani, che rappresentano una parte crescente dell'elettorato, si informano soprattutto sui social network.",
            "Young people, a growing share of the electorate, get their news mainly from social networks.",
            "Los jóvenes, que representan una parte creciente del electorado, se informan sobre todo en las redes sociales.",
            "年轻人在选民中所占比例不断上升，他们主要通过社交网络获取信息。",
        ],
        [
            "Negli ultimi anni una riforma della legge elettorale ha ridisegnato i collegi, a vantaggio delle zone rurali.",
            "In recent years a reform of the electoral law redrew constituencies in favour of rural areas.",
            "En los últimos años, una reforma de la ley electoral redibujó los distritos en favor de las zonas rurales.",
            "近年来，选举法改革重新划分了选区，使农村地区受益。",
        ],
    ],
    figures: &[
        [
            "Nella sola area di {city} gli elettori registrati sono circa {nbig}, ma secondo le ong almeno {the:pct} non ha ricevuto il certificato elettorale.",
            "In the {city} area alone there are about {nbig} registered voters, but according to NGOs at least {pct} did not receive their voter card.",
            "Solo en el área de {city} hay unos {nbig} electores registrados, pero según las ONG al menos {the:pct} no recibió su tarjeta electoral.",
            "仅在{city}地区，登记选民就有约{nbig}人，但据非政府组织称，至少{pct}的选民没有收到选民证。",
        ],
        [
            "Per la campagna elettorale il partito di governo avrebbe speso oltre {money_small}, secondo una stima indipendente.",
            "The ruling party spent more than {money_small} on the campaign, according to an independent estimate.",
            "El partido gobernante habría gastado más de {money_small} en la campaña, según una estimación independiente.",
            "据一项独立估算，执政党在竞选中的花费超过{money_small}。",
        ],
    ],
    quotes: &[
        [
            "La gente vuole votare, ma vuole anche che il voto conti. Senza fiducia nelle istituzioni, le urne restano vuote.",
            "People want to vote, but they also want their vote to count. Without trust in institutions, the ballot boxes stay empty.",
            "La gente quiere votar, pero también quiere que su voto cuente. Sin confianza en las instituciones, las urnas se quedan vacías.",
            "人们想投票，但也希望自己的选票有意义。没有对制度的信任，投票箱就会空空如也。",
        ],
        [
            "Abbiamo visto pullman di elettori arrivare da fuori e seggi chiusi prima dell'orario. Lo abbiamo documentato tutto.",
            "We saw buses of voters arriving from elsewhere and polling stations closing early. We documented all of it.",
            "Vimos autobuses de votantes llegados de fuera y colegios que cerraban antes de hora. Lo hemos documentado todo.",
            "我们看到一车车外地选民被拉来，还有投票站提前关门。这些我们都记录下来了。",
        ],
        [
            "Un'elezione non è libera solo perché si vota. È libera se tutti possono candidarsi e parlare senza paura.",
            "An election is not free just because people vote. It is free if everyone can stand and speak without fear.",
            "Una elección no es libre solo porque se vote. Es libre si todos pueden presentarse y hablar sin miedo.",
            "一场选举并不因为有投票就是自由的。只有每个人都能参选、都能无所畏惧地发言，选举才是自由的。",
        ],
    ],
};
