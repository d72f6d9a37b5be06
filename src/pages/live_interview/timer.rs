//! The interview clock: started by a button, it shows elapsed time against the kit's budget.
//! It ticks in its own component so the questions do not re-render every second, and it
//! stores nothing: the start time lives only on this screen.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::platform::clock;

#[derive(Properties, PartialEq)]
pub struct TimerProps {
    /// The sum of the kit's stage budgets.
    pub budget_minutes: u32,
}

#[function_component(InterviewTimer)]
pub fn interview_timer(props: &TimerProps) -> Html {
    let started = use_state(|| None::<u64>);
    let now = use_state(clock::now_ms);
    {
        let now = now.clone();
        use_effect_with(*started, move |started| {
            let interval = started.map(|_| Interval::new(1000, move || now.set(clock::now_ms())));
            move || drop(interval)
        });
    }
    let on_start = {
        let (started, now) = (started.clone(), now.clone());
        Callback::from(move |_: MouseEvent| {
            let at = clock::now_ms();
            now.set(at);
            started.set(Some(at));
        })
    };
    let elapsed = started.map_or(0, |at| now.saturating_sub(at));
    let over = elapsed > u64::from(props.budget_minutes) * 60_000;
    let budget = format!(" of {} min budget", props.budget_minutes);
    let (class, word) = if over {
        ("status--warn", "⚠ over time")
    } else {
        ("status--good", "on time")
    };
    let button = if started.is_some() {
        "Restart the clock"
    } else {
        "Start the clock"
    };
    html! {
        <div class="timer card">
            <p class="timer__reading">
                <span class="visually-hidden">{ "Elapsed: " }</span>
                <span role="timer" class="timer__clock">{ clock_text(elapsed) }</span>
                { budget }{ " " }
                if started.is_some() {
                    <span class={classes!("status", class)}>{ word }</span>
                }
            </p>
            <button type="button" onclick={on_start}>{ button }</button>
        </div>
    }
}

/// "04:05", or "1:02:03" from an hour on.
pub fn clock_text(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::clock_text;

    #[test]
    fn clock_reads_minutes_and_seconds() {
        assert_eq!(clock_text(0), "00:00");
        assert_eq!(clock_text(245_999), "04:05");
        assert_eq!(clock_text(3_723_000), "1:02:03");
    }
}
