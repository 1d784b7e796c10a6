# Interface text of the Italiano edition (it).
# Every key of en.ftl must be here too (a test checks it). Messages with variables
# use Fluent placeables: { $n }.

latest = Ultime notizie
by_region = Per paese
regions = Paesi
tags = Tag
see_also = Vedi anche
printable = Versione stampabile
print = Stampa
back_to_article = Torna all'articolo
notes = Note
by = di
updated = Aggiornato il
corrected = Corretto il
archive = Archivio
next = Successivi
previous = Precedenti
page = Pagina
more = Altre notizie
not_found_title = Pagina non trovata
not_found_text = La pagina che cercate non esiste o non è più disponibile.
error_title = Errore
error_text = Qualcosa è andato storto. Riprovate tra poco.
home = Prima pagina
editions = Edizioni
address = Indirizzo
no_stories = Nessuna notizia.
translations = Leggi in
skip = Vai al contenuto
stories = notizie
send_to_friend = Invia a un amico
close = Chiudi
your_name = Il tuo nome
friend_email = Indirizzo email dell'amico
message_optional = Messaggio (facoltativo, al massimo 500 caratteri, senza link)
send = Invia
sent_to_friend = Inviato. Il tuo amico riceverà l'articolo a breve.
leave_empty = Lascia vuoto questo campo
newsletter = Newsletter
newsletter_pitch = Ricevi le nostre notizie per email: ogni articolo appena pubblicato, oppure un riepilogo quotidiano o settimanale.
subscribe = Iscriviti
change_preferences = Cambia le tue preferenze
email = Indirizzo email
name_optional = Nome (facoltativo)
frequency = Frequenza
freq_each = Ogni articolo appena pubblicato
freq_daily = Riepilogo quotidiano
freq_weekly = Riepilogo settimanale
countries_optional = Paesi (facoltativo: nessuno vuol dire tutti)
tags_optional = Tag (facoltativo)
check_inbox = Controlla la tua casella: ti abbiamo scritto per confermare l'indirizzo. Finché non confermi non ti manderemo nient'altro.
confirm_heading = Conferma l'iscrizione
confirm_button = Confermo
confirmed = Iscrizione confermata.
preferences_heading = Le tue preferenze
save = Salva
saved = Preferenze salvate.
unsubscribe = Annulla l'iscrizione
unsubscribe_text = Non riceverai più nulla e il tuo indirizzo sarà cancellato.
unsubscribed = Iscrizione annullata: il tuo indirizzo è stato cancellato.
your_data = I tuoi dati
download_data = Scarica i tuoi dati
erase_data = Annulla l'iscrizione e cancella tutti i tuoi dati
manage_heading = Ricevi il link alle tue preferenze
manage_text = Già iscritto? Scrivi il tuo indirizzo e ti manderemo il link per cambiare le preferenze o annullare l'iscrizione.
send_link = Mandami il link
manage_sent = Se l'indirizzo è iscritto, gli abbiamo appena inviato il link alle preferenze.
link_invalid = Questo link non è valido o non lo è più.
mail_confirm_text = Per ricevere le nostre notizie conferma il tuo indirizzo aprendo questo link:
mail_ignore = Se non sei stato tu, ignora questo messaggio: senza conferma non riceverai altro e l'indirizzo sarà dimenticato fra sette giorni.
mail_preferences_text = Ecco il link per cambiare le tue preferenze o annullare l'iscrizione:
mail_daily_subject = Le notizie del giorno
mail_weekly_subject = Le notizie della settimana
mail_footer = Ricevi questa email perché ti sei iscritto.
mail_friend_intro = ti consiglia questo articolo
mail_friend_footer = Te lo ha inviato un lettore dal nostro sito; il tuo indirizzo non è stato conservato.
read_story = Leggi l'articolo
err_email = Questo indirizzo email non è valido: scrivine uno solo, come nome@esempio.it.
err_message = Il messaggio è troppo lungo: al massimo 500 caratteri.
err_links = Il messaggio e il nome non possono contenere link.
err_name = Scrivi il tuo nome (al massimo 60 caratteri).
err_honeypot = Il modulo aveva compilato un campo che le persone lasciano vuoto (una difesa contro i programmi di spam): non è stato inviato nulla.
err_rate_ip = Troppi invii dalla tua connessione: riprova fra { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }.
err_rate_address = Questo indirizzo ha già ricevuto abbastanza messaggi da noi per ora: riprova fra { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }.
err_form_expired = Il modulo è scaduto: ricarica la pagina e riprova.
err_editions = Scegli almeno un'edizione.
err_choices = Una delle scelte non esiste: ricarica la pagina e riprova.
block_heading = Non ricevere più articoli inviati dai lettori
block_text = Nessun lettore potrà più inviarti articoli da questo sito.
blocked = Fatto: non riceverai più articoli inviati dai lettori.
err_blocked = Questo indirizzo ha chiesto di non ricevere articoli da questo sito.
mail_friend_block = Non vuoi ricevere altri articoli dai lettori di questo sito?
search = Cerca
feeds = Feed
search_for = Cerca nell'archivio
search_filters = Filtri
any = Tutti
from_date = Dal
to_date = Al
sort = Ordina per
sort_relevance = pertinenza
sort_newest = data, i più recenti prima
results_count =
    { $n ->
        [one] { $n } risultato
       *[other] { $n } risultati
    }
no_results = Nessun articolo corrisponde alla ricerca.
search_hint = Tra virgolette per una frase esatta, con il segno meno per escludere una parola: "diritti umani" -sport
search_rebuilding = L'indice di ricerca è in ricostruzione: alcuni articoli potrebbero mancare per qualche minuto.
bad_date = Data non valida ignorata: usa il formato AAAA-MM-GG.

# Dates: month names as {month} prints them in the edition's date formats, and the
# heading of a month's archive page ($month the name, $m its number, $year the year).
month_1 = gennaio
month_2 = febbraio
month_3 = marzo
month_4 = aprile
month_5 = maggio
month_6 = giugno
month_7 = luglio
month_8 = agosto
month_9 = settembre
month_10 = ottobre
month_11 = novembre
month_12 = dicembre
month_year = { $month } { $year }
