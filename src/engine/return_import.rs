//! One import box for everything an interviewer sends back: a sealed return (`#/r/`, link or
//! file) or, as before this round, a plain scorecard link (`#/sc/`) or JSON file, which is
//! labelled unsealed. The sealed kind still has to be opened by `platform::crypto`; the plain
//! kinds follow `panel`'s import rules and then `PanelRound::note_unsealed`.

use super::link::envelope::LinkError;
use super::link::scorecard::ScorecardExport;
use super::link::sealed_return::{decode_return, SealedReturn};
use super::panel::from_file_text;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    Sealed(SealedReturn),
    /// Readable by anyone who saw the link or file: shown with an "unsealed" label.
    Unsealed(ScorecardExport),
}

/// Reads pasted text or a file's text; the problem comes back in words.
pub fn read_incoming(text: &str) -> Result<Incoming, String> {
    let text = text.trim();
    if text.starts_with('{') || text.contains("#/sc/") {
        return from_file_text(text).map(Incoming::Unsealed);
    }
    match decode_return(text) {
        Ok(sealed) => Ok(Incoming::Sealed(sealed)),
        Err(LinkError::WrongKind) => from_file_text(text).map(Incoming::Unsealed),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::Scorecard;
    use crate::engine::link::scorecard::encode_scorecard;
    use crate::engine::link::sealed_return::{encode_return, RoundPublicKey, SealedHeader};
    use crate::engine::panel::to_file_text;

    fn plain() -> ScorecardExport {
        ScorecardExport {
            candidate_id: "c-1".into(),
            candidate_name: "Ana P.".into(),
            scorecard: Scorecard::blank("Sam", 3),
        }
    }

    #[test]
    fn sealed_and_plain_forms_are_told_apart() {
        let sealed = SealedReturn {
            header: SealedHeader {
                round_id: "r-1".into(),
                interviewer: "Sam".into(),
                ephemeral_key: RoundPublicKey::sample(),
                iv: [0; 12],
                commitment: [1; 32],
            },
            ciphertext: vec![9; 40],
        };
        let link = format!("https://x.test/#/r/{}", encode_return(&sealed));
        assert_eq!(read_incoming(&link), Ok(Incoming::Sealed(sealed)));
        let old = format!("https://x.test/#/sc/{}", encode_scorecard(&plain()));
        assert_eq!(read_incoming(&old), Ok(Incoming::Unsealed(plain())));
        assert_eq!(
            read_incoming(&encode_scorecard(&plain())),
            Ok(Incoming::Unsealed(plain()))
        );
        assert_eq!(
            read_incoming(&to_file_text(&plain())),
            Ok(Incoming::Unsealed(plain()))
        );
        assert!(read_incoming("junk!").is_err_and(|e| e.contains("not a HireKit link")));
    }
}
