//! The security primitives behind the newsroom's sign-in: password hashing, TOTP second
//! factor, session and one-time tokens, CSRF tokens and rate limiting.
//!
//! Nothing here does I/O or knows about HTTP, so every rule can be tested on its own and the
//! web layer stays a thin caller. The newsroom is a target of state-level attackers: each
//! module documents what its caller must still do (store hashes only, rate-limit before
//! verifying, run password hashing off the async runtime).

pub mod csrf;
mod error;
pub mod password;
pub mod ratelimit;
pub mod token;
pub mod totp;

pub use error::AuthError;

/// Fills `buf` from the operating system's CSPRNG.
///
/// Panics instead of returning an error: the functions that issue tokens and secrets have no
/// safe fallback, and a server that cannot read its RNG must not keep issuing credentials.
fn os_random(buf: &mut [u8]) {
    if let Err(err) = getrandom::getrandom(buf) {
        panic!("the operating system's random number generator failed: {err}");
    }
}
