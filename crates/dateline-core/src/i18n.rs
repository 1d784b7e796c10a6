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
