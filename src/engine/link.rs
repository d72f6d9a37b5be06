//! Everything that travels as a link or a file between people: one checksummed envelope and the
//! four payloads inside it.
//!
//! - `envelope`: base64url, length, deflate and CRC-32 around any body (the format is in its header);
//! - `spec`: a role spec (`#/s/`), shared with candidates and colleagues (R4);
//! - `scorecard`: one interviewer's scorecard (`#/sc/`, S6);
//! - `invitation`: an interviewer's brief for a panel round (`#/i/`, M1);
//! - `sealed_return`: a scorecard sealed to the hiring manager's round key (`#/r/`, M1).

pub mod envelope;
pub mod invitation;
pub mod scorecard;
pub mod sealed_return;
pub mod spec;
