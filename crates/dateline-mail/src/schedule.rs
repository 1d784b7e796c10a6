//! When each edition's digests are due: at a local time of day (daily) and on a weekday at
//! that time (weekly), in the edition's own time zone, so a Roman reader's "morning digest"
//! stays at seven through the change to summer time.

use dateline_core::newsletter::Frequency;
use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// When digests go out, in each edition's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendingTime {
    pub daily_at: Time,
    pub weekly_on: Weekday,
}

impl Default for SendingTime {
    fn default() -> Self {
        SendingTime {
            daily_at: Time::constant(7, 0, 0, 0),
            weekly_on: Weekday::Monday,
        }
    }
}

/// `HH:MM` (24-hour clock).
pub fn parse_time(text: &str) -> Result<Time, String> {
    let bad = || format!("{text:?} is not a time of day as HH:MM (for example 07:00)");
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let h: i8 = h.parse().map_err(|_| bad())?;
    let m: i8 = m.parse().map_err(|_| bad())?;
    Time::new(h, m, 0, 0).map_err(|_| bad())
}

/// An English weekday name, any case (`monday`).
pub fn parse_weekday(text: &str) -> Result<Weekday, String> {
    use Weekday::*;
    let day = match text.trim().to_ascii_lowercase().as_str() {
        "monday" => Monday,
        "tuesday" => Tuesday,
        "wednesday" => Wednesday,
        "thursday" => Thursday,
        "friday" => Friday,
        "saturday" => Saturday,
        "sunday" => Sunday,
        _ => return Err(format!("{text:?} is not a weekday (monday ... sunday)")),
    };
    Ok(day)
}

/// The latest moment at or before `now` (Unix seconds) when `frequency` mail is due in `tz`.
///
/// Story alerts are due every minute; daily digests at `daily_at` local time; weekly digests
/// at `daily_at` on `weekly_on`. A local time that does not exist on a day (skipped by the
/// change to summer time) falls to the hour after, as most calendars do.
pub fn latest_slot(
    frequency: Frequency,
    time: SendingTime,
    tz: &TimeZone,
    now: i64,
) -> Result<i64, jiff::Error> {
    if frequency == Frequency::Each {
        return Ok(now - now.rem_euclid(60));
    }
    let today = Timestamp::from_second(now)?.to_zoned(tz.clone()).date();
    let mut date = today;
    // Eight days back always holds a weekly slot that has passed.
    for _ in 0..9 {
        let wanted = frequency == Frequency::Daily || date.weekday() == time.weekly_on;
        if wanted {
            let slot = date.to_datetime(time.daily_at).to_zoned(tz.clone())?;
            let slot = slot.timestamp().as_second();
            if slot <= now {
                return Ok(slot);
            }
        }
        date = date.yesterday()?;
    }
    Err(jiff::Error::from_args(format_args!(
        "no {} slot in the nine days before {now}",
        frequency.as_str()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> i64 {
        text.parse::<Timestamp>().unwrap().as_second()
    }

    fn rome() -> TimeZone {
        TimeZone::get("Europe/Rome").unwrap()
    }

    #[test]
    fn daily_slots_follow_local_time_through_summer_time() {
        let seven = SendingTime::default();
        // Winter: 07:00 in Rome is 06:00 UTC.
        assert_eq!(
            latest_slot(Frequency::Daily, seven, &rome(), at("2026-01-10T06:30:00Z")).unwrap(),
            at("2026-01-10T06:00:00Z")
        );
        // Before today's slot, yesterday's is the latest.
        assert_eq!(
            latest_slot(Frequency::Daily, seven, &rome(), at("2026-01-10T05:59:59Z")).unwrap(),
            at("2026-01-09T06:00:00Z")
        );
        // Summer: 07:00 in Rome is 05:00 UTC.
        assert_eq!(
            latest_slot(Frequency::Daily, seven, &rome(), at("2026-07-10T05:00:00Z")).unwrap(),
            at("2026-07-10T05:00:00Z")
        );
        // 02:30 does not exist in Rome on 29 March 2026; the slot moves to 03:30 local.
        let night = SendingTime {
            daily_at: parse_time("02:30").unwrap(),
            weekly_on: Weekday::Monday,
        };
        assert_eq!(
            latest_slot(Frequency::Daily, night, &rome(), at("2026-03-29T12:00:00Z")).unwrap(),
            at("2026-03-29T01:30:00Z")
        );
    }

    #[test]
    fn weekly_slots_fall_on_the_chosen_day() {
        let monday = SendingTime::default();
        // Friday 27 November 2026: the latest Monday slot is the 23rd.
        assert_eq!(
            latest_slot(
                Frequency::Weekly,
                monday,
                &rome(),
                at("2026-11-27T10:00:00Z")
            )
            .unwrap(),
            at("2026-11-23T06:00:00Z")
        );
        // A Monday before seven: the Monday before.
        assert_eq!(
            latest_slot(
                Frequency::Weekly,
                monday,
                &rome(),
                at("2026-11-30T05:00:00Z")
            )
            .unwrap(),
            at("2026-11-23T06:00:00Z")
        );
    }

    #[test]
    fn story_alerts_are_due_every_minute() {
        let t = at("2026-11-27T10:00:59Z");
        assert_eq!(
            latest_slot(Frequency::Each, SendingTime::default(), &rome(), t).unwrap(),
            at("2026-11-27T10:00:00Z")
        );
    }

    #[test]
    fn bad_times_and_days_are_named() {
        assert_eq!(parse_time("7:05").unwrap(), Time::constant(7, 5, 0, 0));
        assert!(parse_time("25:00").unwrap_err().contains("\"25:00\""));
        assert!(parse_time("seven").is_err());
        assert_eq!(parse_weekday("Friday").unwrap(), Weekday::Friday);
        assert!(parse_weekday("someday").unwrap_err().contains("someday"));
    }
}
