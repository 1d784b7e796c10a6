//! The index schema and the conversion of a [`Doc`] into a tantivy document.
//!
//! Each analysis family has its own three text fields (`headline_it`, `standfirst_it`,
//! `body_it`, ...) because a field has exactly one analyser; a story fills only its own
//! family's fields. Keeping them apart also keeps each language's term statistics (BM25's idf)
//! to itself: "con" is a stop word in Italian and a rare token in English.
//!
//! The Chinese family has three more fields (`headline_zh_bigram`, ...): the same text as
//! character bigrams (see [`crate::analysis`]), indexed only, for searches by any run of
//! characters. The other families have no Chinese to speak of, so they do without: their
//! stories would only repeat every word there.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STORED,
    STRING,
};
use tantivy::TantivyDocument;

use crate::analysis::{normalize_edition, Lang, BIGRAM_TOKENIZER, FAMILIES};
use crate::Doc;

/// Weight of a match in the headline, in a search.
const HEADLINE_BOOST: f32 = 3.0;
/// Weight of a match in the standfirst, in a search.
const STANDFIRST_BOOST: f32 = 2.0;

/// The text fields of one analysis family.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextFields {
    pub headline: Field,
    pub standfirst: Field,
    pub body: Field,
    /// Headline, standfirst and body as character bigrams: the Chinese family only.
    pub bigrams: Option<[Field; 3]>,
}

impl TextFields {
    /// The fields with the weight a match in each of them carries in a search.
    pub(crate) fn weighted(&self) -> [(Field, f32); 3] {
        [
            (self.headline, HEADLINE_BOOST),
            (self.standfirst, STANDFIRST_BOOST),
            (self.body, 1.0),
        ]
    }

    /// The bigram fields, if the family has them, with the same weights as [`Self::weighted`].
    pub(crate) fn weighted_bigrams(&self) -> Option<[(Field, f32); 3]> {
        self.bigrams.map(|[headline, standfirst, body]| {
            [
                (headline, HEADLINE_BOOST),
                (standfirst, STANDFIRST_BOOST),
                (body, 1.0),
            ]
        })
    }
}

/// Every field of the schema, resolved once.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub id: Field,
    pub edition: Field,
    pub status: Field,
    pub published_at: Field,
    pub regions: Field,
    pub tags: Field,
    pub translation_group: Field,
    text: [TextFields; FAMILIES],
}

/// Name of the publication time field, for fast-field access by name.
pub(crate) const PUBLISHED_AT: &str = "published_at";

impl Fields {
    /// The text fields of one analysis family.
    pub(crate) fn text(&self, lang: Lang) -> TextFields {
        self.text[lang.index()]
    }
}

/// Builds the schema; the same code is the reference an existing index is compared against.
pub(crate) fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let number = NumericOptions::default()
        .set_indexed()
        .set_fast()
        .set_stored();
    let id = builder.add_i64_field("id", number.clone());
    let edition = builder.add_text_field("edition", STRING | STORED);
    let status = builder.add_text_field("status", STRING);
    let published_at = builder.add_i64_field(PUBLISHED_AT, number);
    let regions = builder.add_text_field("regions", STRING | STORED);
    let tags = builder.add_text_field("tags", STRING | STORED);
    let translation_group = builder.add_text_field("translation_group", STRING | STORED);
    // Bigram fields are indexed, not stored: snippets are cut from the word fields' stored text.
    let bigram_options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(BIGRAM_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let text = Lang::ALL.map(|lang| {
        let options = TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&lang.tokenizer_name())
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let code = lang.code();
        TextFields {
            headline: builder.add_text_field(&format!("headline_{code}"), options.clone()),
            standfirst: builder.add_text_field(&format!("standfirst_{code}"), options.clone()),
            body: builder.add_text_field(&format!("body_{code}"), options),
            bigrams: (lang == Lang::Zh).then(|| {
                ["headline", "standfirst", "body"].map(|name| {
                    builder.add_text_field(&format!("{name}_{code}_bigram"), bigram_options.clone())
                })
            }),
        }
    });
    let fields = Fields {
        id,
        edition,
        status,
        published_at,
        regions,
        tags,
        translation_group,
        text,
    };
    (builder.build(), fields)
}

/// Regions are ISO codes: compared upper-case.
pub(crate) fn normalize_region(region: &str) -> String {
    region.trim().to_uppercase()
}

/// Tags are slugs: compared lower-case.
pub(crate) fn normalize_tag(tag: &str) -> String {
    tag.trim().to_lowercase()
}

/// The tantivy document for a story.
pub(crate) fn to_document(fields: &Fields, doc: &Doc) -> TantivyDocument {
    let mut out = TantivyDocument::default();
    out.add_i64(fields.id, doc.id);
    let edition = normalize_edition(&doc.edition);
    let text = fields.text(Lang::for_edition(&edition));
    out.add_text(fields.edition, &edition);
    out.add_text(fields.status, doc.status.trim());
    if let Some(published_at) = doc.published_at {
        out.add_i64(fields.published_at, published_at);
    }
    for region in &doc.regions {
        out.add_text(fields.regions, normalize_region(region));
    }
    for tag in &doc.tags {
        out.add_text(fields.tags, normalize_tag(tag));
    }
    if let Some(group) = doc.translation_group.as_deref() {
        out.add_text(fields.translation_group, group);
    }
    out.add_text(text.headline, &doc.headline);
    out.add_text(text.standfirst, &doc.standfirst);
    out.add_text(text.body, &doc.body);
    if let Some([headline, standfirst, body]) = text.bigrams {
        out.add_text(headline, &doc.headline);
        out.add_text(standfirst, &doc.standfirst);
        out.add_text(body, &doc.body);
    }
    out
}
