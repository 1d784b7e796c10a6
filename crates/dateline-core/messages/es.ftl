# Interface text of the Español edition (es).
# Every key of en.ftl must be here too (a test checks it). Messages with variables
# use Fluent placeables: { $n }.

latest = Últimas noticias
by_region = Por país
regions = Países
tags = Etiquetas
see_also = Ver también
printable = Versión para imprimir
print = Imprimir
back_to_article = Volver al artículo
notes = Notas
by = por
updated = Actualizado el
corrected = Corregido el
archive = Archivo
next = Siguientes
previous = Anteriores
page = Página
more = Más noticias
not_found_title = Página no encontrada
not_found_text = La página que busca no existe o ya no está disponible.
error_title = Error
error_text = Algo ha salido mal. Vuelva a intentarlo en breve.
home = Portada
editions = Ediciones
address = Dirección
no_stories = No hay noticias.
translations = Leer en
skip = Ir al contenido
stories = noticias
send_to_friend = Enviar a un amigo
close = Cerrar
your_name = Tu nombre
friend_email = Correo electrónico de tu amigo
message_optional = Mensaje (opcional, hasta 500 caracteres, sin enlaces)
send = Enviar
sent_to_friend = Enviado. Tu amigo recibirá la noticia en breve.
leave_empty = Deja este campo vacío
newsletter = Boletín
newsletter_pitch = Recibe nuestras noticias por correo: cada una al publicarse, o un resumen diario o semanal.
subscribe = Suscribirse
change_preferences = Cambia tus preferencias
email = Correo electrónico
name_optional = Nombre (opcional)
frequency = Frecuencia
freq_each = Cada noticia al publicarse
freq_daily = Resumen diario
freq_weekly = Resumen semanal
countries_optional = Países (opcional: ninguno significa todos)
tags_optional = Etiquetas (opcional)
check_inbox = Revisa tu bandeja de entrada: te hemos escrito para confirmar la dirección. No enviaremos nada más hasta que confirmes.
confirm_heading = Confirma tu suscripción
confirm_button = Confirmar
confirmed = Suscripción confirmada.
preferences_heading = Tus preferencias
save = Guardar
saved = Preferencias guardadas.
unsubscribe = Cancelar la suscripción
unsubscribe_text = No recibirás nada más y tu dirección será borrada.
unsubscribed = Suscripción cancelada: tu dirección ha sido borrada.
your_data = Tus datos
download_data = Descarga tus datos
erase_data = Cancela la suscripción y borra todos tus datos
manage_heading = Recibe un enlace a tus preferencias
manage_text = ¿Ya estás suscrito? Escribe tu dirección y te enviaremos el enlace para cambiar tus preferencias o cancelar la suscripción.
send_link = Envíame el enlace
manage_sent = Si esta dirección está suscrita, acabamos de enviarle el enlace a sus preferencias.
link_invalid = Este enlace no es válido o ha dejado de serlo.
mail_confirm_text = Para recibir nuestras noticias, confirma tu dirección abriendo este enlace:
mail_ignore = Si no fuiste tú, ignora este mensaje: sin confirmación no se envía nada más y la dirección se olvida en siete días.
mail_preferences_text = Aquí tienes el enlace para cambiar tus preferencias o cancelar la suscripción:
mail_daily_subject = Las noticias del día
mail_weekly_subject = Las noticias de la semana
mail_footer = Recibes este correo porque te suscribiste.
mail_friend_intro = te recomienda esta noticia
mail_friend_footer = Un lector te lo envió desde nuestro sitio; tu dirección no se ha guardado.
read_story = Leer la noticia
err_email = Esa dirección de correo no es válida: escribe una sola, como nombre@ejemplo.es.
err_message = El mensaje es demasiado largo: 500 caracteres como máximo.
err_links = El mensaje y el nombre no pueden contener enlaces.
err_name = Escribe tu nombre (hasta 60 caracteres).
err_honeypot = El formulario tenía relleno un campo que las personas dejan vacío (una defensa contra programas de spam): no se ha enviado nada.
err_rate_ip = Demasiados envíos desde tu conexión: vuelve a intentarlo dentro de { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.
err_rate_address = Esta dirección ya ha recibido suficientes correos nuestros por ahora: vuelve a intentarlo dentro de { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.
err_form_expired = El formulario ha caducado: recarga la página y vuelve a intentarlo.
err_editions = Elige al menos una edición.
err_choices = Una de las opciones no existe: recarga la página y vuelve a intentarlo.
block_heading = No recibir más noticias enviadas por lectores
block_text = Ningún lector podrá volver a enviarte noticias desde este sitio.
blocked = Hecho: no recibirás más noticias enviadas por lectores.
err_blocked = Esta dirección ha pedido no recibir noticias de este sitio.
mail_friend_block = ¿No quieres recibir más noticias de los lectores de este sitio?
search = Buscar
feeds = Fuentes web
search_for = Buscar en el archivo
search_filters = Filtros
any = Todos
from_date = Desde
to_date = Hasta
sort = Ordenar por
sort_relevance = relevancia
sort_newest = fecha, los más recientes primero
results_count =
    { $n ->
        [one] { $n } resultado
       *[other] { $n } resultados
    }
no_results = Ninguna noticia coincide con la búsqueda.
search_hint = Entre comillas para una frase exacta, con un signo menos para excluir una palabra: "derechos humanos" -deporte
search_rebuilding = El índice de búsqueda se está reconstruyendo: pueden faltar algunas noticias durante unos minutos.
bad_date = Se ignoró una fecha no válida: usa AAAA-MM-DD.

# Dates: month names as {month} prints them in the edition's date formats, and the
# heading of a month's archive page ($month the name, $m its number, $year the year).
month_1 = enero
month_2 = febrero
month_3 = marzo
month_4 = abril
month_5 = mayo
month_6 = junio
month_7 = julio
month_8 = agosto
month_9 = septiembre
month_10 = octubre
month_11 = noviembre
month_12 = diciembre
month_year = { $month } de { $year }
