//! Interface text in each edition's language.
//!
//! A small fixed table for now; message files per language replace it when editions become
//! configurable beyond the four built in. Unknown languages fall back to English.

/// The interface text `key` in `language` (a BCP 47 tag).
pub fn text(language: &str, key: &str) -> &'static str {
    let lang = language.split('-').next().unwrap_or("en");
    let row = TABLE.iter().find(|(k, ..)| *k == key);
    match (row, lang) {
        (Some((_, it, ..)), "it") => it,
        (Some((_, _, _, es, _)), "es") => es,
        (Some((_, _, _, _, zh)), "zh") => zh,
        (Some((_, _, en, ..)), _) => en,
        (None, _) => "",
    }
}

/// Every key, for checks that templates ask only for existing ones.
pub fn keys() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(k, ..)| *k)
}

/// `(key, it, en, es, zh)`
const TABLE: &[(&str, &str, &str, &str, &str)] = &[
    (
        "latest",
        "Ultime notizie",
        "Latest news",
        "Últimas noticias",
        "最新新闻",
    ),
    ("by_region", "Per paese", "By country", "Por país", "按国家"),
    ("regions", "Paesi", "Countries", "Países", "国家和地区"),
    ("tags", "Tag", "Tags", "Etiquetas", "标签"),
    ("see_also", "Vedi anche", "See also", "Ver también", "另见"),
    (
        "printable",
        "Versione stampabile",
        "Printable version",
        "Versión para imprimir",
        "打印版",
    ),
    ("print", "Stampa", "Print", "Imprimir", "打印"),
    (
        "back_to_article",
        "Torna all'articolo",
        "Back to the article",
        "Volver al artículo",
        "返回文章",
    ),
    ("notes", "Note", "Notes", "Notas", "注释"),
    ("by", "di", "by", "por", "作者"),
    (
        "updated",
        "Aggiornato il",
        "Updated",
        "Actualizado el",
        "更新于",
    ),
    (
        "corrected",
        "Corretto il",
        "Corrected on",
        "Corregido el",
        "更正于",
    ),
    ("archive", "Archivio", "Archive", "Archivo", "存档"),
    ("next", "Successivi", "Older", "Siguientes", "更早"),
    ("previous", "Precedenti", "Newer", "Anteriores", "更新"),
    ("page", "Pagina", "Page", "Página", "页"),
    (
        "more",
        "Altre notizie",
        "More stories",
        "Más noticias",
        "更多新闻",
    ),
    (
        "not_found_title",
        "Pagina non trovata",
        "Page not found",
        "Página no encontrada",
        "找不到页面",
    ),
    (
        "not_found_text",
        "La pagina che cercate non esiste o non è più disponibile.",
        "The page you are looking for does not exist or is no longer available.",
        "La página que busca no existe o ya no está disponible.",
        "您要查找的页面不存在或已不可用。",
    ),
    ("error_title", "Errore", "Error", "Error", "错误"),
    (
        "error_text",
        "Qualcosa è andato storto. Riprovate tra poco.",
        "Something went wrong. Please try again shortly.",
        "Algo ha salido mal. Vuelva a intentarlo en breve.",
        "出了点问题，请稍后再试。",
    ),
    ("home", "Prima pagina", "Front page", "Portada", "首页"),
    ("editions", "Edizioni", "Editions", "Ediciones", "版本"),
    ("address", "Indirizzo", "Address", "Dirección", "网址"),
    (
        "no_stories",
        "Nessuna notizia.",
        "No stories.",
        "No hay noticias.",
        "没有新闻。",
    ),
    (
        "translations",
        "Leggi in",
        "Read in",
        "Leer en",
        "阅读其他语言",
    ),
    (
        "skip",
        "Vai al contenuto",
        "Skip to content",
        "Ir al contenido",
        "跳到内容",
    ),
    ("stories", "notizie", "stories", "noticias", "篇新闻"),
    ("send_to_friend", "Invia a un amico", "Send to a friend", "Enviar a un amigo", "发送给朋友"),
    ("close", "Chiudi", "Close", "Cerrar", "关闭"),
    ("your_name", "Il tuo nome", "Your name", "Tu nombre", "你的名字"),
    ("friend_email", "Indirizzo email dell'amico", "Your friend's e-mail address", "Correo electrónico de tu amigo", "朋友的电子邮件地址"),
    ("message_optional", "Messaggio (facoltativo, al massimo 500 caratteri, senza link)", "Message (optional, up to 500 characters, no links)", "Mensaje (opcional, hasta 500 caracteres, sin enlaces)", "留言（可选，最多500字，不含链接）"),
    ("send", "Invia", "Send", "Enviar", "发送"),
    ("sent_to_friend", "Inviato. Il tuo amico riceverà l'articolo a breve.", "Sent. Your friend will have the story shortly.", "Enviado. Tu amigo recibirá la noticia en breve.", "已发送。你的朋友很快就会收到这篇文章。"),
    ("leave_empty", "Lascia vuoto questo campo", "Leave this field empty", "Deja este campo vacío", "请留空此栏"),
    ("newsletter", "Newsletter", "Newsletter", "Boletín", "新闻通讯"),
    ("newsletter_pitch", "Ricevi le nostre notizie per email: ogni articolo appena pubblicato, oppure un riepilogo quotidiano o settimanale.", "Get our stories by e-mail: each as it is published, or a daily or weekly digest.", "Recibe nuestras noticias por correo: cada una al publicarse, o un resumen diario o semanal.", "通过电子邮件接收我们的新闻：每篇即时推送，或每日、每周摘要。"),
    ("subscribe", "Iscriviti", "Subscribe", "Suscribirse", "订阅"),
    ("change_preferences", "Cambia le tue preferenze", "Change your preferences", "Cambia tus preferencias", "更改偏好设置"),
    ("email", "Indirizzo email", "E-mail address", "Correo electrónico", "电子邮件地址"),
    ("name_optional", "Nome (facoltativo)", "Name (optional)", "Nombre (opcional)", "姓名（可选）"),
    ("frequency", "Frequenza", "How often", "Frecuencia", "频率"),
    ("freq_each", "Ogni articolo appena pubblicato", "Each story as it is published", "Cada noticia al publicarse", "每篇新闻发布时"),
    ("freq_daily", "Riepilogo quotidiano", "Daily digest", "Resumen diario", "每日摘要"),
    ("freq_weekly", "Riepilogo settimanale", "Weekly digest", "Resumen semanal", "每周摘要"),
    ("countries_optional", "Paesi (facoltativo: nessuno vuol dire tutti)", "Countries (optional: none means all)", "Países (opcional: ninguno significa todos)", "国家和地区（可选，不选即全部）"),
    ("tags_optional", "Tag (facoltativo)", "Tags (optional)", "Etiquetas (opcional)", "标签（可选）"),
    ("check_inbox", "Controlla la tua casella: ti abbiamo scritto per confermare l'indirizzo. Finché non confermi non ti manderemo nient'altro.", "Check your inbox: we have written to confirm the address. Nothing else is sent until you confirm.", "Revisa tu bandeja de entrada: te hemos escrito para confirmar la dirección. No enviaremos nada más hasta que confirmes.", "请查收邮件：我们已发送确认邮件。确认之前不会发送其他内容。"),
    ("confirm_heading", "Conferma l'iscrizione", "Confirm your subscription", "Confirma tu suscripción", "确认订阅"),
    ("confirm_button", "Confermo", "Confirm", "Confirmar", "确认"),
    ("confirmed", "Iscrizione confermata.", "Subscription confirmed.", "Suscripción confirmada.", "订阅已确认。"),
    ("preferences_heading", "Le tue preferenze", "Your preferences", "Tus preferencias", "你的偏好设置"),
    ("save", "Salva", "Save", "Guardar", "保存"),
    ("saved", "Preferenze salvate.", "Preferences saved.", "Preferencias guardadas.", "偏好设置已保存。"),
    ("unsubscribe", "Annulla l'iscrizione", "Unsubscribe", "Cancelar la suscripción", "退订"),
    ("unsubscribe_text", "Non riceverai più nulla e il tuo indirizzo sarà cancellato.", "You will receive nothing more, and your address will be erased.", "No recibirás nada más y tu dirección será borrada.", "你将不再收到任何邮件，你的地址也会被删除。"),
    ("unsubscribed", "Iscrizione annullata: il tuo indirizzo è stato cancellato.", "You are unsubscribed, and your address has been erased.", "Suscripción cancelada: tu dirección ha sido borrada.", "已退订，你的地址已被删除。"),
    ("your_data", "I tuoi dati", "Your data", "Tus datos", "你的数据"),
    ("download_data", "Scarica i tuoi dati", "Download your data", "Descarga tus datos", "下载你的数据"),
    ("erase_data", "Annulla l'iscrizione e cancella tutti i tuoi dati", "Unsubscribe and erase all your data", "Cancela la suscripción y borra todos tus datos", "退订并删除你的全部数据"),
    ("manage_heading", "Ricevi il link alle tue preferenze", "Get a link to your preferences", "Recibe un enlace a tus preferencias", "获取偏好设置链接"),
    ("manage_text", "Già iscritto? Scrivi il tuo indirizzo e ti manderemo il link per cambiare le preferenze o annullare l'iscrizione.", "Already subscribed? Enter your address and we will mail you the link to change your preferences or unsubscribe.", "¿Ya estás suscrito? Escribe tu dirección y te enviaremos el enlace para cambiar tus preferencias o cancelar la suscripción.", "已经订阅？输入你的地址，我们会把更改偏好设置或退订的链接发给你。"),
    ("send_link", "Mandami il link", "Send me the link", "Envíame el enlace", "发送链接给我"),
    ("manage_sent", "Se l'indirizzo è iscritto, gli abbiamo appena inviato il link alle preferenze.", "If this address is subscribed, we have just mailed it the link to its preferences.", "Si esta dirección está suscrita, acabamos de enviarle el enlace a sus preferencias.", "如果该地址已订阅，我们刚刚向其发送了偏好设置链接。"),
    ("link_invalid", "Questo link non è valido o non lo è più.", "This link is not valid, or no longer is.", "Este enlace no es válido o ha dejado de serlo.", "此链接无效或已失效。"),
    ("mail_confirm_text", "Per ricevere le nostre notizie conferma il tuo indirizzo aprendo questo link:", "To receive our stories, confirm your address by opening this link:", "Para recibir nuestras noticias, confirma tu dirección abriendo este enlace:", "请打开以下链接确认你的地址，以接收我们的新闻："),
    ("mail_ignore", "Se non sei stato tu, ignora questo messaggio: senza conferma non riceverai altro e l'indirizzo sarà dimenticato fra sette giorni.", "If this was not you, ignore this mail: without confirmation nothing more is sent, and the address is forgotten in seven days.", "Si no fuiste tú, ignora este mensaje: sin confirmación no se envía nada más y la dirección se olvida en siete días.", "如果不是你本人操作，请忽略此邮件：未经确认不会再发送任何内容，该地址将在七天后被删除。"),
    ("mail_preferences_text", "Ecco il link per cambiare le tue preferenze o annullare l'iscrizione:", "Here is the link to change your preferences or unsubscribe:", "Aquí tienes el enlace para cambiar tus preferencias o cancelar la suscripción:", "以下是更改偏好设置或退订的链接："),
    ("mail_daily_subject", "Le notizie del giorno", "The day's news", "Las noticias del día", "今日新闻"),
    ("mail_weekly_subject", "Le notizie della settimana", "The week's news", "Las noticias de la semana", "本周新闻"),
    ("mail_footer", "Ricevi questa email perché ti sei iscritto.", "You receive this because you subscribed.", "Recibes este correo porque te suscribiste.", "你收到此邮件是因为你订阅了我们的新闻。"),
    ("mail_friend_intro", "ti consiglia questo articolo", "thinks you will want to read this", "te recomienda esta noticia", "向你推荐这篇文章"),
    ("mail_friend_footer", "Te lo ha inviato un lettore dal nostro sito; il tuo indirizzo non è stato conservato.", "A reader sent you this from our site; your address has not been kept.", "Un lector te lo envió desde nuestro sitio; tu dirección no se ha guardado.", "这是一位读者通过我们的网站发送给你的；你的地址不会被保存。"),
    ("read_story", "Leggi l'articolo", "Read the story", "Leer la noticia", "阅读全文"),
    ("err_email", "Questo indirizzo email non è valido: scrivine uno solo, come nome@esempio.it.", "That is not an e-mail address we can send to: enter one address, like name@example.org.", "Esa dirección de correo no es válida: escribe una sola, como nombre@ejemplo.es.", "该电子邮件地址无效：请只填写一个地址，例如 name@example.org。"),
    ("err_message", "Il messaggio è troppo lungo: al massimo 500 caratteri.", "The message is too long: 500 characters at most.", "El mensaje es demasiado largo: 500 caracteres como máximo.", "留言过长：最多500字。"),
    ("err_links", "Il messaggio e il nome non possono contenere link.", "The message and the name may not contain links.", "El mensaje y el nombre no pueden contener enlaces.", "留言和名字不能包含链接。"),
    ("err_name", "Scrivi il tuo nome (al massimo 60 caratteri).", "Enter your name (up to 60 characters).", "Escribe tu nombre (hasta 60 caracteres).", "请填写你的名字（最多60字）。"),
    ("err_honeypot", "Il modulo aveva compilato un campo che le persone lasciano vuoto (una difesa contro i programmi di spam): non è stato inviato nulla.", "The form had a field filled in that people leave empty (a guard against spam programs): nothing was sent.", "El formulario tenía relleno un campo que las personas dejan vacío (una defensa contra programas de spam): no se ha enviado nada.", "表单中有一个本应留空的字段被填写了（用于防范垃圾程序）：未发送任何内容。"),
    ("err_rate_ip", "Troppi invii dalla tua connessione: riprova fra {minutes} minuti.", "Too many sends from your connection: try again in {minutes} minutes.", "Demasiados envíos desde tu conexión: vuelve a intentarlo dentro de {minutes} minutos.", "你的网络连接发送次数过多：请在{minutes}分钟后重试。"),
    ("err_rate_address", "Questo indirizzo ha già ricevuto abbastanza messaggi da noi per ora: riprova fra {minutes} minuti.", "This address has had enough mail from us for now: try again in {minutes} minutes.", "Esta dirección ya ha recibido suficientes correos nuestros por ahora: vuelve a intentarlo dentro de {minutes} minutos.", "该地址近期已收到足够多的邮件：请在{minutes}分钟后重试。"),
    ("err_form_expired", "Il modulo è scaduto: ricarica la pagina e riprova.", "This form has expired: reload the page and try again.", "El formulario ha caducado: recarga la página y vuelve a intentarlo.", "表单已过期：请刷新页面后重试。"),
    ("err_editions", "Scegli almeno un'edizione.", "Choose at least one edition.", "Elige al menos una edición.", "请至少选择一个版本。"),
    ("err_choices", "Una delle scelte non esiste: ricarica la pagina e riprova.", "One of the choices does not exist: reload the page and try again.", "Una de las opciones no existe: recarga la página y vuelve a intentarlo.", "其中一个选项不存在：请刷新页面后重试。"),
    ("block_heading", "Non ricevere più articoli inviati dai lettori", "Receive no more stories sent by readers", "No recibir más noticias enviadas por lectores", "不再接收读者转发的文章"),
    ("block_text", "Nessun lettore potrà più inviarti articoli da questo sito.", "No reader will be able to send you stories from this site again.", "Ningún lector podrá volver a enviarte noticias desde este sitio.", "任何读者都将无法再通过本网站向你发送文章。"),
    ("blocked", "Fatto: non riceverai più articoli inviati dai lettori.", "Done: you will receive no more stories sent by readers.", "Hecho: no recibirás más noticias enviadas por lectores.", "已完成：你将不再收到读者转发的文章。"),
    ("err_blocked", "Questo indirizzo ha chiesto di non ricevere articoli da questo sito.", "This address has asked not to be sent stories from this site.", "Esta dirección ha pedido no recibir noticias de este sitio.", "该地址已要求不再接收本网站的文章。"),
    ("mail_friend_block", "Non vuoi ricevere altri articoli dai lettori di questo sito?", "Want no more stories from this site's readers?", "¿No quieres recibir más noticias de los lectores de este sitio?", "不想再收到本网站读者转发的文章？"),
    ("search", "Cerca", "Search", "Buscar", "搜索"),
    ("feeds", "Feed", "Feeds", "Fuentes web", "订阅源"),
    ("search_for", "Cerca nell'archivio", "Search the archive", "Buscar en el archivo", "搜索存档"),
    ("search_filters", "Filtri", "Filters", "Filtros", "筛选"),
    ("any", "Tutti", "Any", "Todos", "全部"),
    ("from_date", "Dal", "From", "Desde", "从"),
    ("to_date", "Al", "To", "Hasta", "到"),
    ("sort", "Ordina per", "Sort by", "Ordenar por", "排序"),
    ("sort_relevance", "pertinenza", "relevance", "relevancia", "相关性"),
    ("sort_newest", "data, i più recenti prima", "date, newest first", "fecha, los más recientes primero", "日期（最新优先）"),
    ("results_count", "{n} risultati", "{n} results", "{n} resultados", "共 {n} 条结果"),
    ("no_results", "Nessun articolo corrisponde alla ricerca.", "No story matches this search.", "Ninguna noticia coincide con la búsqueda.", "没有符合搜索条件的文章。"),
    ("search_hint", "Tra virgolette per una frase esatta, con il segno meno per escludere una parola: \"diritti umani\" -sport", "Quotes for an exact phrase, a minus sign to leave a word out: \"human rights\" -sport", "Entre comillas para una frase exacta, con un signo menos para excluir una palabra: \"derechos humanos\" -deporte", "用引号搜索完整短语，用减号排除词语：\"人权\" -体育"),
    ("search_rebuilding", "L'indice di ricerca è in ricostruzione: alcuni articoli potrebbero mancare per qualche minuto.", "The search index is being rebuilt: some stories may be missing for a few minutes.", "El índice de búsqueda se está reconstruyendo: pueden faltar algunas noticias durante unos minutos.", "搜索索引正在重建：几分钟内部分文章可能无法搜到。"),
    ("bad_date", "Data non valida ignorata: usa il formato AAAA-MM-GG.", "An invalid date was ignored: use YYYY-MM-DD.", "Se ignoró una fecha no válida: usa AAAA-MM-DD.", "已忽略无效日期：请使用 YYYY-MM-DD 格式。"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_every_language() {
        for (key, it, en, es, zh) in TABLE {
            for (lang, t) in [("it", it), ("en", en), ("es", es), ("zh", zh)] {
                assert!(!t.is_empty(), "{key} missing in {lang}");
            }
        }
        assert_eq!(text("zh-Hans", "see_also"), "另见");
        assert_eq!(text("fr", "see_also"), "See also");
        assert_eq!(text("it", "no-such-key"), "");
    }
}
