# Interface text of the English edition (en).
# Every key of en.ftl must be here too (a test checks it). Messages with variables
# use Fluent placeables: { $n }.

latest = Latest news
by_region = By country
regions = Countries
tags = Tags
see_also = See also
printable = Printable version
print = Print
back_to_article = Back to the article
notes = Notes
by = by
updated = Updated
corrected = Corrected on
archive = Archive
next = Older
previous = Newer
page = Page
more = More stories
not_found_title = Page not found
not_found_text = The page you are looking for does not exist or is no longer available.
error_title = Error
error_text = Something went wrong. Please try again shortly.
home = Front page
editions = Editions
address = Address
no_stories = No stories.
translations = Read in
skip = Skip to content
stories = stories
send_to_friend = Send to a friend
close = Close
your_name = Your name
friend_email = Your friend's e-mail address
message_optional = Message (optional, up to 500 characters, no links)
send = Send
sent_to_friend = Sent. Your friend will have the story shortly.
leave_empty = Leave this field empty
newsletter = Newsletter
newsletter_pitch = Get our stories by e-mail: each as it is published, or a daily or weekly digest.
subscribe = Subscribe
change_preferences = Change your preferences
email = E-mail address
name_optional = Name (optional)
frequency = How often
freq_each = Each story as it is published
freq_daily = Daily digest
freq_weekly = Weekly digest
countries_optional = Countries (optional: none means all)
tags_optional = Tags (optional)
check_inbox = Check your inbox: we have written to confirm the address. Nothing else is sent until you confirm.
confirm_heading = Confirm your subscription
confirm_button = Confirm
confirmed = Subscription confirmed.
preferences_heading = Your preferences
save = Save
saved = Preferences saved.
unsubscribe = Unsubscribe
unsubscribe_text = You will receive nothing more, and your address will be erased.
unsubscribed = You are unsubscribed, and your address has been erased.
your_data = Your data
download_data = Download your data
erase_data = Unsubscribe and erase all your data
manage_heading = Get a link to your preferences
manage_text = Already subscribed? Enter your address and we will mail you the link to change your preferences or unsubscribe.
send_link = Send me the link
manage_sent = If this address is subscribed, we have just mailed it the link to its preferences.
link_invalid = This link is not valid, or no longer is.
mail_confirm_text = To receive our stories, confirm your address by opening this link:
mail_ignore = If this was not you, ignore this mail: without confirmation nothing more is sent, and the address is forgotten in seven days.
mail_preferences_text = Here is the link to change your preferences or unsubscribe:
mail_daily_subject = The day's news
mail_weekly_subject = The week's news
mail_footer = You receive this because you subscribed.
mail_friend_intro = thinks you will want to read this
mail_friend_footer = A reader sent you this from our site; your address has not been kept.
read_story = Read the story
err_email = That is not an e-mail address we can send to: enter one address, like name@example.org.
err_message = The message is too long: 500 characters at most.
err_links = The message and the name may not contain links.
err_name = Enter your name (up to 60 characters).
err_honeypot = The form had a field filled in that people leave empty (a guard against spam programs): nothing was sent.
err_rate_ip = Too many sends from your connection: try again in { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }.
err_rate_address = This address has had enough mail from us for now: try again in { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }.
err_form_expired = This form has expired: reload the page and try again.
err_editions = Choose at least one edition.
err_choices = One of the choices does not exist: reload the page and try again.
block_heading = Receive no more stories sent by readers
block_text = No reader will be able to send you stories from this site again.
blocked = Done: you will receive no more stories sent by readers.
err_blocked = This address has asked not to be sent stories from this site.
mail_friend_block = Want no more stories from this site's readers?
search = Search
feeds = Feeds
search_for = Search the archive
search_filters = Filters
any = Any
from_date = From
to_date = To
sort = Sort by
sort_relevance = relevance
sort_newest = date, newest first
results_count =
    { $n ->
        [one] { $n } result
       *[other] { $n } results
    }
no_results = No story matches this search.
search_hint = Quotes for an exact phrase, a minus sign to leave a word out: "human rights" -sport
search_rebuilding = The search index is being rebuilt: some stories may be missing for a few minutes.
bad_date = An invalid date was ignored: use YYYY-MM-DD.

# Dates: month names as {month} prints them in the edition's date formats, and the
# heading of a month's archive page ($month the name, $m its number, $year the year).
month_1 = January
month_2 = February
month_3 = March
month_4 = April
month_5 = May
month_6 = June
month_7 = July
month_8 = August
month_9 = September
month_10 = October
month_11 = November
month_12 = December
month_year = { $month } { $year }
