//! The app handle pages use: read the state, and change the document with methods that mint
//! ids and timestamps themselves. Pages stay declarative: no clock, no clone per callback.

use std::ops::Deref;

use yew::prelude::*;

use crate::engine::candidate::{Candidate, RecordId};
use crate::engine::edit::{
    CandidateEdit, KitEdit, RoundEdit, SalaryEdit, ScorecardEdit, SpecEdit, TeamPlanEdit,
};
use crate::engine::link::invitation::Invitation;
use crate::engine::panel_round::PanelRound;
use crate::engine::role::RoleSpec;
use crate::engine::salary::next_plan_name;
use crate::engine::store::Document;
use crate::platform::{clock, crypto, key_store};
use crate::state::{Action, AppState, DocAction};

/// What `App` provides to every page.
pub type AppContext = UseReducerHandle<AppState>;

/// The state plus the verbs that change it. Cheap to clone (one shared handle).
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    state: AppContext,
}

impl Deref for AppHandle {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.state
    }
}

/// The app's state and verbs. Pages are only ever rendered inside `App`, which provides it.
#[hook]
pub fn use_app() -> AppHandle {
    let state =
        use_context::<AppContext>().expect("pages render inside App, which provides the state");
    AppHandle { state }
}

impl AppHandle {
    pub fn new(state: AppContext) -> AppHandle {
        AppHandle { state }
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    fn change(&self, action: DocAction) {
        self.state.dispatch(Action::Doc(action));
    }

    /// A callback that hands its value to `act` with this handle: the one capture it needs.
    pub fn callback<T: 'static>(&self, act: impl Fn(&AppHandle, T) + 'static) -> Callback<T> {
        let app = self.clone();
        Callback::from(move |value: T| act(&app, value))
    }

    // Role specs

    /// Saves a new spec and returns its id.
    pub fn create_spec(&self, spec: RoleSpec) -> RecordId {
        let id = clock::new_id("spec");
        let now = clock::now_ms();
        self.change(DocAction::CreateSpec {
            id: id.clone(),
            now,
            spec,
        });
        id
    }

    pub fn edit_spec(&self, id: &str, edit: SpecEdit) {
        let (id, now) = (id.to_string(), clock::now_ms());
        self.change(DocAction::EditSpec { id, now, edit });
    }

    /// Edits of one spec, as a callback for its controls.
    pub fn spec_editor(&self, id: &str) -> Callback<SpecEdit> {
        let id = id.to_string();
        self.callback(move |app, edit| app.edit_spec(&id, edit))
    }

    pub fn delete_spec(&self, id: &str) {
        let id = id.to_string();
        self.change(DocAction::DeleteSpec { id });
    }

    pub fn edit_kit(&self, spec_id: &str, edit: KitEdit) {
        let (spec_id, now) = (spec_id.to_string(), clock::now_ms());
        self.change(DocAction::EditKit { spec_id, now, edit });
    }

    // Candidates

    /// Adds a candidate (assessed against `spec_id`) and returns their id.
    pub fn create_candidate(&self, name: &str, spec_id: Option<RecordId>) -> RecordId {
        let id = clock::new_id("cand");
        let mut candidate = Candidate::new(id.clone(), name.trim().to_string(), clock::now_ms());
        candidate.spec_id = spec_id;
        self.add_candidate(candidate);
        id
    }

    /// Adds a candidate made elsewhere (an imported scorecard for someone new).
    pub fn add_candidate(&self, candidate: Candidate) {
        self.change(DocAction::CreateCandidate {
            candidate: Box::new(candidate),
        });
    }

    pub fn edit_candidate(&self, id: &str, edit: CandidateEdit) {
        let (id, now) = (id.to_string(), clock::now_ms());
        self.change(DocAction::EditCandidate { id, now, edit });
    }

    /// Edits of one candidate, as a callback for their forms.
    pub fn candidate_editor(&self, id: &str) -> Callback<CandidateEdit> {
        let id = id.to_string();
        self.callback(move |app, edit| app.edit_candidate(&id, edit))
    }

    pub fn edit_scorecard(&self, candidate_id: &str, interviewer: &str, edit: ScorecardEdit) {
        let interviewer = interviewer.to_string();
        self.edit_candidate(candidate_id, CandidateEdit::Scorecard { interviewer, edit });
    }

    /// Edits of one interviewer's scorecard, as a callback for the form and live mode.
    pub fn scorecard_editor(
        &self,
        candidate_id: &str,
        interviewer: &str,
    ) -> Callback<ScorecardEdit> {
        let (id, who) = (candidate_id.to_string(), interviewer.to_string());
        self.callback(move |app, edit| app.edit_scorecard(&id, &who, edit))
    }

    pub fn delete_candidate(&self, id: &str) {
        let id = id.to_string();
        self.change(DocAction::DeleteCandidate { id });
    }

    pub fn undo_delete(&self) {
        self.change(DocAction::UndoDelete);
    }

    // Panel rounds (the hiring manager's side)

    /// Makes the round's key pair in this browser's key store, then starts the candidate's round.
    /// `done` gets the problem in words when the browser cannot keep the key.
    pub fn start_round(&self, candidate_id: &str, done: Callback<Option<String>>) {
        let (app, candidate_id) = (self.clone(), candidate_id.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            let id = clock::new_id("round");
            match crypto::create_round_key(&id).await {
                Ok(key) => {
                    let round = PanelRound {
                        id,
                        candidate_id,
                        created_at: clock::now_ms(),
                        public_key: key.public.as_bytes().to_vec(),
                        panel: Vec::new(),
                        received: Vec::new(),
                        opening: None,
                        amendments: Vec::new(),
                        decision: None,
                    };
                    app.change(DocAction::CreateRound {
                        round: Box::new(round),
                    });
                    done.emit(None);
                }
                Err(e) => done.emit(Some(e.to_string())),
            }
        });
    }

    pub fn edit_round(&self, id: &str, edit: RoundEdit) {
        let (id, now) = (id.to_string(), clock::now_ms());
        self.change(DocAction::EditRound { id, now, edit });
    }

    // Invitations (the interviewer's side)

    /// Keeps an invitation on this device; returns the candidate record that holds the card.
    pub fn accept_invitation(&self, invitation: Invitation) -> RecordId {
        let candidate_id = clock::new_id("cand");
        self.change(DocAction::AcceptInvitation {
            invitation: Box::new(invitation),
            spec_id: clock::new_id("spec"),
            candidate_id: candidate_id.clone(),
            now: clock::now_ms(),
        });
        candidate_id
    }

    pub fn keep_sealed_return(&self, candidate_id: &str, payload: String) {
        let candidate_id = candidate_id.to_string();
        self.change(DocAction::KeepSealedReturn {
            candidate_id,
            payload,
        });
    }

    // Salary settings and the whole document

    pub fn edit_salary(&self, edit: SalaryEdit) {
        self.change(DocAction::EditSalary { edit });
    }

    pub fn salary_editor(&self) -> Callback<SalaryEdit> {
        self.callback(|app, edit| app.edit_salary(edit))
    }

    // Team plans

    /// Starts a plan named "Team plan N" and returns its id.
    pub fn create_team_plan(&self) -> RecordId {
        let id = clock::new_id("plan");
        let name = next_plan_name(&self.doc.team_plans);
        let now = clock::now_ms();
        self.change(DocAction::CreateTeamPlan {
            id: id.clone(),
            now,
            name,
        });
        id
    }

    pub fn edit_team_plan(&self, id: &str, edit: TeamPlanEdit) {
        let (id, now) = (id.to_string(), clock::now_ms());
        self.change(DocAction::EditTeamPlan { id, now, edit });
    }

    /// Adds a row (one mid-level hire in Latin America) to a plan, under a new row id.
    pub fn add_team_row(&self, plan_id: &str) {
        let row = clock::new_id("row");
        self.edit_team_plan(plan_id, TeamPlanEdit::AddRow { row });
    }

    pub fn delete_team_plan(&self, id: &str) {
        let id = id.to_string();
        self.change(DocAction::DeleteTeamPlan { id });
    }

    pub fn replace_document(&self, doc: Document) {
        self.change(DocAction::ReplaceDocument { doc: Box::new(doc) });
    }

    /// Erases the document and forgets every round key it used: their returns can no longer be
    /// opened by anyone.
    pub fn erase_all(&self) {
        let ids: Vec<String> = self.doc.rounds.iter().map(|r| r.id.clone()).collect();
        wasm_bindgen_futures::spawn_local(async move {
            for id in ids {
                let _ = key_store::forget(&id).await;
            }
        });
        self.change(DocAction::EraseAll);
    }
}
