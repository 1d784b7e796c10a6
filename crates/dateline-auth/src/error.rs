/// Errors from the sign-in primitives.
///
/// None of these is caused by a wrong password or code: those are answered with `false` or
/// `None`, so a caller cannot mistake a failed sign-in for a server fault or the reverse.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    #[error("the operating system's random number generator failed")]
    Randomness(#[source] getrandom::Error),

    /// Argon2 refused to run, e.g. parameters out of range. A server fault, not a user error.
    #[error("password hashing failed: {0}")]
    Hashing(String),

    /// A stored password hash could not be parsed; the record is damaged or was not written
    /// by this crate.
    #[error("stored password hash is not a valid PHC string: {0}")]
    MalformedHash(String),

    #[error("TOTP secret is not valid base32")]
    InvalidBase32,

    #[error("TOTP secret is {0} bytes long; at least {min} are needed", min = crate::totp::MIN_SECRET_LEN)]
    TotpSecretTooShort(usize),
}
