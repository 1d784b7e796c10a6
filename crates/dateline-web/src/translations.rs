//! Which published stories are versions of one another (a translation group), kept in
//! memory on every node so the article page names its translations without a query of its
//! own. Built from the store at start and kept fresh by the change follower; "See also" is
//! the search index's business (`search.rs`).

use std::collections::HashMap;
use std::sync::RwLock;

use dateline_store::Links;

#[derive(Default)]
struct Inner {
    /// Article → (published_at, translation group).
    articles: HashMap<i64, (i64, Option<String>)>,
    /// Translation group → its articles.
    groups: HashMap<String, Vec<i64>>,
}

impl Inner {
    fn remove(&mut self, id: i64) {
        let Some((_, Some(group))) = self.articles.remove(&id) else {
            return;
        };
        if let Some(ids) = self.groups.get_mut(&group) {
            ids.retain(|other| *other != id);
            if ids.is_empty() {
                self.groups.remove(&group);
            }
        }
    }

    fn insert(&mut self, links: Links) {
        if let Some(group) = &links.translation_group {
            self.groups.entry(group.clone()).or_default().push(links.id);
        }
        self.articles
            .insert(links.id, (links.published_at, links.translation_group));
    }
}

#[derive(Default)]
pub struct Translations {
    inner: RwLock<Inner>,
}

impl Translations {
    pub fn build(all: Vec<Links>) -> Translations {
        let mut inner = Inner::default();
        for links in all {
            inner.insert(links);
        }
        Translations {
            inner: RwLock::new(inner),
        }
    }

    /// Records an article's new state: `None` when it is no longer published.
    pub fn update(&self, id: i64, links: Option<Links>) {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        inner.remove(id);
        if let Some(links) = links {
            inner.insert(links);
        }
    }

    /// The other published versions of `article`'s story, visible at `now`, in any edition.
    pub fn of(&self, article: &Links, now: i64) -> Vec<i64> {
        let Some(group) = &article.translation_group else {
            return Vec::new();
        };
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        inner
            .groups
            .get(group)
            .into_iter()
            .flatten()
            .filter(|id| **id != article.id)
            .filter(|id| inner.articles.get(id).is_some_and(|(at, _)| *at <= now))
            .copied()
            .collect()
    }

    /// Published stories known.
    pub fn len(&self) -> usize {
        self.inner
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .articles
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(id: i64, edition: &str, at: i64, group: Option<&str>) -> Links {
        Links {
            id,
            edition: edition.into(),
            published_at: at,
            translation_group: group.map(str::to_string),
            regions: Vec::new(),
            tags: Vec::new(),
        }
    }

    #[test]
    fn translations_come_from_the_group_once_published() {
        let main = links(1, "it", 100, Some("g"));
        let index = Translations::build(vec![
            main.clone(),
            links(2, "en", 90, Some("g")),
            links(3, "es", 500, Some("g")), // scheduled for later
            links(4, "it", 100, Some("other")),
            links(5, "it", 100, None),
        ]);
        assert_eq!(index.of(&main, 200), vec![2]);
        let mut later = index.of(&main, 600);
        later.sort_unstable();
        assert_eq!(later, vec![2, 3]);
        assert!(index.of(&links(5, "it", 100, None), 200).is_empty());
        assert_eq!(index.len(), 5);
    }

    #[test]
    fn updates_move_and_remove_stories() {
        let main = links(1, "it", 100, Some("g"));
        let index = Translations::build(vec![main.clone(), links(2, "en", 90, Some("g"))]);
        index.update(2, None);
        assert!(index.of(&main, 200).is_empty());
        index.update(4, Some(links(4, "zh", 95, Some("g"))));
        assert_eq!(index.of(&main, 200), vec![4]);
        // Moved to another story: no longer a translation of this one.
        index.update(4, Some(links(4, "zh", 95, Some("h"))));
        assert!(index.of(&main, 200).is_empty());
        assert_eq!(index.len(), 2);
    }
}
