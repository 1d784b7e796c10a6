//! An in-memory rate limiter keyed by account name or IP address, to slow down password
//! guessing, TOTP guessing and mail bombing.
//!
//! It is a token bucket kept as a single instant per key (the generic cell rate algorithm):
//! the bucket holds `capacity` attempts and regains one every `refill_every`. The instant is
//! when the bucket would be full again, so a key whose instant has passed is indistinguishable
//! from a key never seen and can be forgotten without loss.
//!
//! Each node keeps its own limiter; with several nodes an attacker gets each node's allowance.
//! Limit by account as well as by address, since a state-level attacker has many addresses.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

/// How many keys a limiter remembers unless told otherwise: a few megabytes at most.
pub const DEFAULT_MAX_KEYS: usize = 100_000;

/// Longer keys are stored as their hash, so long account names sprayed by an attacker cost no
/// more memory than short ones.
const MAX_KEY_LEN: usize = 128;

/// One limiter per kind of attempt (sign-in per account, sign-in per address, TOTP per
/// account, ...), shared across request handlers behind an `Arc`.
#[derive(Debug)]
pub struct RateLimiter {
    refill_every: Duration,
    /// How far into the future a key's full-again instant may be while it still has an
    /// attempt left: `(capacity - 1) * refill_every`.
    burst: Duration,
    max_keys: usize,
    full_again_at: Mutex<HashMap<String, Instant>>,
}

impl RateLimiter {
    /// Allows `capacity` attempts at once per key, then one more each `refill_every`.
    ///
    /// # Panics
    ///
    /// If `capacity` is zero or `refill_every` is zero: such a limiter would refuse everything
    /// or nothing, which is a configuration mistake to catch at start-up.
    pub fn new(capacity: u32, refill_every: Duration) -> Self {
        assert!(
            capacity > 0,
            "a rate limiter needs a capacity of at least 1"
        );
        assert!(
            !refill_every.is_zero(),
            "a rate limiter needs a refill interval"
        );
        Self {
            refill_every,
            burst: refill_every.saturating_mul(capacity - 1),
            max_keys: DEFAULT_MAX_KEYS,
            full_again_at: Mutex::new(HashMap::new()),
        }
    }

    /// Caps how many keys are remembered (default [`DEFAULT_MAX_KEYS`]).
    ///
    /// When the cap is reached, keys whose bucket has refilled are forgotten first; if that is
    /// not enough, the fullest buckets go. An attacker spraying fresh keys therefore evicts
    /// their own nearly-full buckets before the drained bucket of the account under attack.
    ///
    /// # Panics
    ///
    /// If `max_keys` is zero.
    pub fn with_max_keys(mut self, max_keys: usize) -> Self {
        assert!(
            max_keys > 0,
            "a rate limiter must remember at least one key"
        );
        self.max_keys = max_keys;
        self
    }

    /// Takes one attempt from `key`'s bucket at `now`, or says how long until one is available.
    /// A refused attempt takes nothing, so retrying early does not extend the wait.
    pub fn check(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let key = stored_key(key);
        // A panic elsewhere while holding the lock cannot leave a half-written entry: each
        // entry is a single `Instant`. So a poisoned map is still sound to use.
        let mut map = self
            .full_again_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let full_again_at = map.get(&key).map_or(now, |&at| at.max(now));
        let ahead = full_again_at.duration_since(now);
        if ahead > self.burst {
            return Err(ahead - self.burst);
        }
        let next = full_again_at
            .checked_add(self.refill_every)
            .unwrap_or(full_again_at);
        if let Some(entry) = map.get_mut(&key) {
            *entry = next;
        } else {
            if map.len() >= self.max_keys {
                self.evict(&mut map, now);
            }
            map.insert(key, next);
        }
        Ok(())
    }

    /// How long until `key` has an attempt again, without taking one: for limits on failures
    /// only, where a caller checks first and calls [`RateLimiter::check`] when an attempt fails.
    pub fn blocked(&self, key: &str, now: Instant) -> Option<Duration> {
        let key = stored_key(key);
        let map = self
            .full_again_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let ahead = map.get(&key)?.saturating_duration_since(now);
        (ahead > self.burst).then(|| ahead - self.burst)
    }

    /// How many keys are remembered now.
    pub fn len(&self) -> usize {
        self.full_again_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn evict(&self, map: &mut HashMap<String, Instant>, now: Instant) {
        map.retain(|_, full_again_at| *full_again_at > now);
        if map.len() < self.max_keys {
            return;
        }
        // Shrink to 90% rather than by one, so the linear sweep is paid once per many
        // insertions instead of on each.
        let target = (self.max_keys - self.max_keys / 10).min(self.max_keys - 1);
        let remove = map.len() - target;
        let mut instants: Vec<Instant> = map.values().copied().collect();
        let (_, &mut threshold, _) = instants.select_nth_unstable(remove - 1);
        map.retain(|_, full_again_at| *full_again_at > threshold);
    }
}

fn stored_key(key: &str) -> String {
    if key.len() <= MAX_KEY_LEN {
        key.to_owned()
    } else {
        format!("sha256:{}", hex::encode(Sha256::digest(key.as_bytes())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn allows_capacity_then_refuses_with_retry_after() {
        let limiter = RateLimiter::new(3, MINUTE);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check("anna", t0), Ok(()));
        }
        assert_eq!(limiter.check("anna", t0), Err(MINUTE));
        let later = t0 + Duration::from_secs(45);
        assert_eq!(limiter.check("anna", later), Err(Duration::from_secs(15)));
    }

    #[test]
    fn refills_one_attempt_per_interval() {
        let limiter = RateLimiter::new(2, MINUTE);
        let t0 = Instant::now();
        limiter.check("anna", t0).unwrap();
        limiter.check("anna", t0).unwrap();
        assert!(limiter.check("anna", t0).is_err());
        let t1 = t0 + MINUTE;
        assert_eq!(limiter.check("anna", t1), Ok(()));
        assert_eq!(limiter.check("anna", t1), Err(MINUTE));
    }

    #[test]
    fn refills_to_capacity_and_no_further() {
        let limiter = RateLimiter::new(2, MINUTE);
        let t0 = Instant::now();
        limiter.check("anna", t0).unwrap();
        limiter.check("anna", t0).unwrap();
        let much_later = t0 + 100 * MINUTE;
        assert_eq!(limiter.check("anna", much_later), Ok(()));
        assert_eq!(limiter.check("anna", much_later), Ok(()));
        assert!(limiter.check("anna", much_later).is_err());
    }

    #[test]
    fn refused_attempts_do_not_extend_the_wait() {
        let limiter = RateLimiter::new(1, MINUTE);
        let t0 = Instant::now();
        limiter.check("anna", t0).unwrap();
        for seconds in 1..60 {
            assert!(limiter
                .check("anna", t0 + Duration::from_secs(seconds))
                .is_err());
        }
        assert_eq!(limiter.check("anna", t0 + MINUTE), Ok(()));
    }

    #[test]
    fn keys_are_independent() {
        let limiter = RateLimiter::new(1, MINUTE);
        let t0 = Instant::now();
        assert_eq!(limiter.check("anna", t0), Ok(()));
        assert!(limiter.check("anna", t0).is_err());
        assert_eq!(limiter.check("marco", t0), Ok(()));
        assert_eq!(limiter.check("203.0.113.7", t0), Ok(()));
    }

    #[test]
    fn memory_stays_bounded_under_a_spray_of_keys() {
        let limiter = RateLimiter::new(5, MINUTE).with_max_keys(100);
        let t0 = Instant::now();
        for i in 0..10_000 {
            limiter.check(&format!("sprayed-{i}"), t0).unwrap();
            assert!(limiter.len() <= 100);
        }
    }

    #[test]
    fn eviction_keeps_the_drained_bucket_under_attack() {
        let limiter = RateLimiter::new(5, MINUTE).with_max_keys(100);
        let t0 = Instant::now();
        for _ in 0..5 {
            limiter.check("victim", t0).unwrap();
        }
        assert!(limiter.check("victim", t0).is_err());
        for i in 0..10_000 {
            limiter.check(&format!("sprayed-{i}"), t0).unwrap();
        }
        assert!(limiter.check("victim", t0).is_err());
    }

    #[test]
    fn refilled_buckets_are_forgotten_first() {
        let limiter = RateLimiter::new(1, MINUTE).with_max_keys(3);
        let t0 = Instant::now();
        limiter.check("old-1", t0).unwrap();
        limiter.check("old-2", t0).unwrap();
        limiter.check("busy", t0 + MINUTE / 2).unwrap();
        // At t0 + 1 min the two old buckets are full again; only they make room.
        limiter.check("new", t0 + MINUTE).unwrap();
        assert_eq!(limiter.len(), 2);
        assert!(limiter.check("busy", t0 + MINUTE).is_err());
    }

    #[test]
    fn a_limiter_of_one_key_still_works() {
        let limiter = RateLimiter::new(1, MINUTE).with_max_keys(1);
        let t0 = Instant::now();
        limiter.check("a", t0).unwrap();
        limiter.check("b", t0).unwrap();
        assert_eq!(limiter.len(), 1);
        assert!(limiter.check("b", t0).is_err());
    }

    #[test]
    fn long_keys_are_stored_hashed_and_still_limited() {
        let limiter = RateLimiter::new(1, MINUTE);
        let t0 = Instant::now();
        let long = "x".repeat(10_000);
        limiter.check(&long, t0).unwrap();
        assert!(limiter.check(&long, t0).is_err());
        assert_eq!(stored_key(&long).len(), "sha256:".len() + 64);
        let other_long = format!("{long}y");
        assert_eq!(limiter.check(&other_long, t0), Ok(()));
    }

    #[test]
    fn huge_capacity_and_interval_do_not_overflow() {
        let limiter = RateLimiter::new(u32::MAX, Duration::MAX);
        let t0 = Instant::now();
        assert_eq!(limiter.check("anna", t0), Ok(()));
        assert_eq!(limiter.check("anna", t0), Ok(()));
    }

    #[test]
    #[should_panic(expected = "capacity")]
    fn zero_capacity_is_a_configuration_error() {
        let _ = RateLimiter::new(0, MINUTE);
    }

    #[test]
    fn is_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<RateLimiter>();

        let limiter = RateLimiter::new(100, MINUTE);
        let t0 = Instant::now();
        let allowed: usize = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        (0..50)
                            .filter(|_| limiter.check("shared", t0).is_ok())
                            .count()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).sum()
        });
        assert_eq!(allowed, 100);
    }

    #[test]
    fn blocked_looks_without_taking() {
        let limiter = RateLimiter::new(2, Duration::from_secs(10));
        let now = Instant::now();
        assert_eq!(limiter.blocked("ip", now), None);
        assert_eq!(limiter.blocked("ip", now), None, "looking takes nothing");
        limiter.check("ip", now).unwrap();
        assert_eq!(limiter.blocked("ip", now), None);
        limiter.check("ip", now).unwrap();
        assert!(limiter.blocked("ip", now).is_some());
        assert_eq!(limiter.blocked("ip", now + Duration::from_secs(10)), None);
    }
}
