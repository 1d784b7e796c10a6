//! "See also": the stories sharing most regions and tags with an article, most recent first
//! among equals; same edition only, never the story itself or its translations.
//!
//! Kept in memory on every node, built from the store at start and kept fresh by the change
//! follower, so it costs microseconds on the uncached article path: the database is then
//! asked only for the few summaries it names.

use std::collections::HashMap;
use std::sync::RwLock;

use dateline_store::Links;

/// How many of the newest stories of each shared region or tag are weighed. Bounding it keeps
/// the cost flat however large the archive grows; the stories that matter are recent.
const WINDOW: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Region(String, String),
    Tag(i64),
}

fn keys(links: &Links) -> impl Iterator<Item = Key> + '_ {
    links
        .regions
        .iter()
        .map(|r| Key::Region(links.edition.clone(), r.clone()))
        .chain(links.tags.iter().map(|t| Key::Tag(*t)))
}

#[derive(Default)]
struct Inner {
    articles: HashMap<i64, Links>,
    /// Per region or tag: `(published_at, id)`, newest first.
    stories: HashMap<Key, Vec<(i64, i64)>>,
    /// Translation group → its articles.
    groups: HashMap<String, Vec<i64>>,
}

impl Inner {
    fn remove(&mut self, id: i64) {
        let Some(old) = self.articles.remove(&id) else {
            return;
        };
        if let Some(group) = &old.translation_group {
            if let Some(ids) = self.groups.get_mut(group) {
                ids.retain(|other| *other != id);
                if ids.is_empty() {
                    self.groups.remove(group);
                }
            }
        }
        for key in keys(&old) {
            if let Some(list) = self.stories.get_mut(&key) {
                list.retain(|(_, other)| *other != id);
                if list.is_empty() {
                    self.stories.remove(&key);
                }
            }
        }
    }

    fn insert(&mut self, links: Links) {
        let entry = (links.published_at, links.id);
        for key in keys(&links) {
            let list = self.stories.entry(key).or_default();
            let at = list.partition_point(|e| (e.0, e.1) > entry);
            list.insert(at, entry);
        }
        if let Some(group) = &links.translation_group {
            self.groups.entry(group.clone()).or_default().push(links.id);
        }
        self.articles.insert(links.id, links);
    }
}

#[derive(Default)]
pub struct RelatedIndex {
    inner: RwLock<Inner>,
}

impl RelatedIndex {
    pub fn build(all: Vec<Links>) -> RelatedIndex {
        let mut inner = Inner::default();
        for links in all {
            let entry = (links.published_at, links.id);
            for key in keys(&links) {
                inner.stories.entry(key).or_default().push(entry);
            }
            if let Some(group) = &links.translation_group {
                inner
                    .groups
                    .entry(group.clone())
                    .or_default()
                    .push(links.id);
            }
            inner.articles.insert(links.id, links);
        }
        for list in inner.stories.values_mut() {
            list.sort_unstable_by(|a, b| b.cmp(a));
        }
        RelatedIndex {
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

    /// Up to `limit` ids of the stories related to `article`, visible at `now`, best first.
    pub fn related(&self, article: &Links, now: i64, limit: usize) -> Vec<i64> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        // id → (stories shared, published_at)
        let mut scores: HashMap<i64, (u32, i64)> = HashMap::new();
        for key in keys(article) {
            let Some(list) = inner.stories.get(&key) else {
                continue;
            };
            let start = list.partition_point(|(at, _)| *at > now);
            for &(at, id) in list[start..].iter().take(WINDOW) {
                if id != article.id {
                    scores.entry(id).or_insert((0, at)).0 += 1;
                }
            }
        }
        let mut ranked: Vec<(u32, i64, i64)> = scores
            .into_iter()
            .filter(|(id, _)| {
                let other = inner.articles.get(id);
                let same_story = article.translation_group.is_some()
                    && other.and_then(|o| o.translation_group.as_ref())
                        == article.translation_group.as_ref();
                other.is_some_and(|o| o.edition == article.edition) && !same_story
            })
            .map(|(id, (shared, at))| (shared, at, id))
            .collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        ranked
            .into_iter()
            .take(limit)
            .map(|(_, _, id)| id)
            .collect()
    }

    /// The other published versions of `article`'s story, visible at `now`, in any edition.
    pub fn translations(&self, article: &Links, now: i64) -> Vec<i64> {
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
            .filter(|id| {
                inner
                    .articles
                    .get(id)
                    .is_some_and(|a| a.published_at <= now)
            })
            .copied()
            .collect()
    }

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

    fn links(
        id: i64,
        edition: &str,
        at: i64,
        group: Option<&str>,
        regions: &[&str],
        tags: &[i64],
    ) -> Links {
        Links {
            id,
            edition: edition.into(),
            published_at: at,
            translation_group: group.map(str::to_string),
            regions: regions.iter().map(|s| s.to_string()).collect(),
            tags: tags.to_vec(),
        }
    }

    fn index() -> (RelatedIndex, Links) {
        let main = links(1, "it", 100, Some("g"), &["IR", "AL"], &[10, 11]);
        let idx = RelatedIndex::build(vec![
            main.clone(),
            links(2, "it", 90, None, &["IR", "AL"], &[10]), // shares three
            links(3, "it", 70, None, &["IR"], &[]),         // shares one, older
            links(4, "it", 80, None, &["AL"], &[]),         // shares one, newer
            links(5, "it", 100, None, &["JP"], &[20]),      // shares nothing
            links(6, "en", 100, None, &["IR", "AL"], &[]),  // other edition
            links(7, "it", 100, Some("g"), &["IR", "AL"], &[10, 11]), // its translation
            links(8, "it", 500, None, &["IR", "AL"], &[10, 11]), // scheduled for later
        ]);
        (idx, main)
    }

    #[test]
    fn most_shared_first_then_newest() {
        let (idx, main) = index();
        assert_eq!(idx.related(&main, 200, 5), vec![2, 4, 3]);
        assert_eq!(idx.related(&main, 200, 1), vec![2]);
        // Once its time comes, the scheduled story shares the most.
        assert_eq!(idx.related(&main, 600, 5), vec![8, 2, 4, 3]);
    }

    #[test]
    fn translations_come_from_the_group() {
        let (idx, main) = index();
        assert_eq!(idx.translations(&main, 200), vec![7]);
        idx.update(7, None);
        assert!(idx.translations(&main, 200).is_empty());
        let lone = links(5, "it", 100, None, &[], &[]);
        assert!(idx.translations(&lone, 200).is_empty());
    }

    #[test]
    fn updates_move_and_remove_stories() {
        let (idx, main) = index();
        idx.update(3, Some(links(3, "it", 95, None, &["IR", "AL"], &[10, 11])));
        assert_eq!(idx.related(&main, 200, 5), vec![3, 2, 4]);
        idx.update(2, None);
        assert_eq!(idx.related(&main, 200, 5), vec![3, 4]);
        assert_eq!(idx.len(), 7);
    }
}
