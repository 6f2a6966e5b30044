"""Hand-written Spanish texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿se puede devolver el coche en Manises a las 6 de la mañana si la oficina abre a las 7? reserva VLC-33019, grupo C",
    },
    {
        "kind": "support",
        "text": """Pasa estos datos a la ficha del grupo (JSON: nombre, documento, nacimiento, alergias, movilidad, dieta):

VIAJE FIN DE CURSO SENIOR - MARRUECOS IMPERIAL - Exp. MIM-2026-014
Nombre y apellidos: ⟦PERSON|Amparo Gisbert Soler⟧
DNI: ⟦ES_NIF|55124267Y⟧
Fecha de nacimiento: ⟦DATE_OF_BIRTH|19/10/1954⟧
Teléfono: ⟦PHONE_NUMBER|629 41 87 03⟧
Alergias: ⟦HEALTH_DATA|marisco⟧ y ⟦HEALTH_DATA|ibuprofeno⟧
Movilidad: ⟦HEALTH_DATA|prótesis de rodilla⟧, necesita habitación en planta baja
Dieta: sin gluten (⟦HEALTH_DATA|celíaca⟧)
Acompañante: ⟦PERSON|Fernanda Amaral Pires⟧, NIF (PT) ⟦PT_NIF|249421615⟧, nacida el ⟦DATE_OF_BIRTH|02/04/1956⟧""",
    },
    {
        "kind": "support",
        "text": """Summarise this letter in English for the collections supervisor and tell me if it meets our vulnerability criteria (serious illness, bereavement, job loss):

Asunto: Expediente REC-ES-448102 - deuda Credimóvil

Buenos días:

Les escribo en relación con su carta del 5 de noviembre. No niego la deuda de 960 euros, pero les explico mi situación. En julio falleció mi marido y en septiembre me diagnosticaron ⟦HEALTH_DATA|fibromialgia⟧ y ⟦HEALTH_DATA|depresión⟧; estoy de baja y cobro muy poco.

Puedo pagar 35 euros al mes desde la cuenta ⟦IBAN_CODE|ES21 1522 5651 8619 5636 9057⟧. Mi NIE es ⟦ES_NIE|Y3100223K⟧, por si lo necesitan para el expediente.

Por favor, dejen de llamar a mi hija al trabajo. Su compañero ⟦PERSON|Iván⟧ me dijo por teléfono que "si no pago, embargan la casa", y eso me asustó mucho.

Atentamente,
⟦PERSON|Oksana Hrytsenko⟧
⟦STREET_ADDRESS|Calle de Cuba 48, 3º 2ª, 46006 Valencia⟧
⟦PHONE_NUMBER|641 220 587⟧""",
    },
    {
        "kind": "support",
        "text": """Resume la llamada para el expediente de fraude FRA-2025-9932:

Agente ⟦PERSON|Nerea⟧: Departamento de fraude, le atiende ⟦PERSON|Nerea⟧. ¿Me confirma su DNI?
Cliente: ⟦ES_NIF|64515232W⟧. Soy ⟦PERSON|Joaquín Peris Almela⟧.
Agente ⟦PERSON|Nerea⟧: Gracias. Vemos un duplicado de SIM solicitado ayer en una tienda de Alicante y después un cargo de 749 euros en la tarjeta ⟦CREDIT_CARD|4290 5541 2403 1359⟧ por la compra de un terminal.
Cliente: Yo no he estado en Alicante. Esa tarjeta la tengo aquí.
Agente ⟦PERSON|Nerea⟧: Anulamos el duplicado y el pedido del terminal. Le recomiendo llamar a su banco y poner denuncia. Le enviaremos el número de incidencia al ⟦PHONE_NUMBER|655 903 112⟧.""",
    },
    {
        "kind": "support",
        "text": "hola, mi padre toma ⟦HEALTH_DATA|Sintrom 4 mg⟧ y ahora le han recetado omeprazol, ¿lo puedo pedir en el mismo pedido o necesita receta aparte? pedido FO-118204",
    },
    {
        "kind": "support",
        "text": "La app de monitorización marca 0 W desde el lunes en la instalación de la calle Sueca (obra SOL-VLC-0712). Escribe un mensaje al cliente pidiendo una foto de la pantalla del inversor.",
    },
    {
        "kind": "support",
        "text": """Redacta un resumen para la familia, en lenguaje claro, de esta nota de la coordinadora de NEE:

Alumna: ⟦PERSON|Esmeralda Heredia Flores⟧, 4º de Primaria
Dictamen: ⟦HEALTH_DATA|TDAH⟧ de tipo combinado y ⟦HEALTH_DATA|dislexia⟧
Apoyos: PT 3 sesiones semanales, AL 1 sesión
Observaciones: familia ⟦ETHNIC_ORIGIN|gitana⟧, muy implicada; la abuela recoge a la niña los martes y jueves. Se acuerda reunión con la mediadora intercultural para el seguimiento del absentismo del primer trimestre (11 faltas).
Próxima revisión: febrero""",
    },
    {
        "kind": "support",
        "text": """Comprueba que esta inscripción está completa y responde a la familia:

Asociación Cultural Islámica de Benimaclet - Inscripción escuela de fin de semana
Alumno: ⟦PERSON|Ilyas Benali Ortega⟧, 9 años
Madre/padre/tutor: ⟦PERSON|Khadija Ortega Benali⟧
Teléfono: ⟦PHONE_NUMBER|688 305 941⟧
Religión de la familia: ⟦RELIGIOUS_BELIEF|musulmana⟧
Clases: árabe (nivel 1) y Corán, sábados 10-13
Alergias: ninguna conocida""",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Ordena esta ficha de consulta del gabinete jurídico en hechos, fechas y próximos pasos:

Consulta nº 2025/1187 - 21/11
Nombre: ⟦PERSON|Rubén Sanchis Marqués⟧
DNI: ⟦ES_NIF|06263640G⟧
Afiliación sindical: ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧ (Servicios), desde 2017
Empresa: cadena de supermercados, tienda de Burjassot, reponedor
Motivo: despido disciplinario el 14/11 "por bajo rendimiento". Estuvo de baja de abril a junio por ⟦HEALTH_DATA|trastorno de ansiedad⟧ y en octubre tuvo otra baja de 10 días por ⟦HEALTH_DATA|crisis de ansiedad⟧. Su encargado le dijo delante de clientes: "con tus bajas no se puede contar contigo".
Es delegado de prevención desde marzo.
Plazo para papeleta de conciliación: 20 días hábiles desde el 14/11.
Documentos: carta de despido, partes de baja, nóminas, WhatsApp del encargado.
Contacto: ⟦EMAIL_ADDRESS|ruben.sanchis.m@gmail.com⟧""",
    },
    {
        "kind": "hr",
        "text": """Añade esta intérprete a la bolsa de los juzgados de Valencia (nombre; idiomas; contacto; disponibilidad):

Nombre: ⟦PERSON|Ioana Mureșan⟧
NIE: ⟦ES_NIE|X0503135X⟧
Idiomas: rumano, moldavo, italiano
Móvil: ⟦PHONE_NUMBER|+34 612 448 930⟧
Correo: ⟦EMAIL_ADDRESS|ioana.muresan.trad@yahoo.es⟧
Disponibilidad: guardias de detenidos, juicios rápidos, también fines de semana""",
    },
    {
        "kind": "hr",
        "text": "Escribe una oferta: coordinador/a de repartidores en Valencia, gestión de incidencias por chat, jornada de 30 h, valenciano valorable.",
    },
    {
        "kind": "hr",
        "text": "ponlo más formal para RRHH: '⟦PERSON|Maite⟧ está de baja desde hoy por ⟦HEALTH_DATA|lumbalgia⟧, el parte lo trae el viernes, cubro yo su turno en la barra'",
    },
    {
        "kind": "hr",
        "text": """Haz el cuadrante de voluntarios para la mesa informativa del sábado en el mercado de Russafa:

⟦PERSON|Xavier Company Bellver⟧ - ⟦POLITICAL_OPINION|afiliado a Compromís⟧, de 10 a 12
⟦PERSON|Lucía Arnau Ferrando⟧ - simpatizante, de 12 a 14
⟦PERSON|Pau Ribes Climent⟧ - ⟦POLITICAL_OPINION|militante del Bloc⟧ desde 2009, trae la carpa""",
    },
    {
        "kind": "hr",
        "text": """Resume el acta en 4 puntos:

Reunión encargados de local - Cafetería & Cowork La Trama - 26/11
- Nuevo horario de invierno: 8:00-20:00
- Bono 10 días sube a 95 euros desde enero
- Se cambia el proveedor de café de especialidad
- Formación en alérgenos para todo el personal el 10/12""",
    },
    {
        "kind": "hr",
        "text": """Ayúdame a contestar esta reclamación de un repartidor al que se le bloqueó la cuenta:

Repartidor: ⟦PERSON|Brayan Cuéllar Montoya⟧, ID R-88213
Motivo del bloqueo: la verificación de identidad falló tres veces; la ⟦BIOMETRIC_DATA|plantilla facial⟧ del selfie no coincide con la del alta.
Certificado de antecedentes aportado: ⟦CRIMINAL_RECORD|condena por lesiones leves (2020), cumplida⟧
Mensaje: "Me he dejado barba, no es que sea otra persona. Necesito trabajar."
""",
    },
    {
        "kind": "hr",
        "text": "Escribe un recordatorio para el personal de la notaría: el lunes llega el nuevo escáner de escrituras, formación a las 9:30, traer dudas sobre el protocolo de firma electrónica.",
    },
    {
        "kind": "hr",
        "text": """Redacta un informe interno breve (hechos, impacto, medidas) a partir de este hilo:

De: ⟦EMAIL_ADDRESS|marisa.quiles@interpretes-levante.example⟧
Para: coordinacion@interpretes-levante.example
Asunto: Incidencia juicio rápido Juzgado de Instrucción nº 4 - servicio SRV-25-3318

Hola ⟦PERSON|Álvaro⟧:

Te resumo lo de esta mañana. La intérprete de árabe que mandamos, ⟦PERSON|Samira Ouahbi⟧, llegó a las 9:40 en lugar de a las 9:00 porque el taxi la dejó en la Ciudad de la Justicia equivocada. El juicio se retrasó y la letrada de la defensa se quejó a la secretaria judicial.

El acusado, ⟦PERSON|Hicham Dahmani⟧, está acusado de un ⟦CRIMINAL_RECORD|delito leve de hurto⟧ y ya tenía una ⟦CRIMINAL_RECORD|condena anterior por receptación (2022)⟧, según dijo el fiscal en sala. ⟦PERSON|Samira⟧ dice que en la vista se habló también de su situación de salud (⟦HEALTH_DATA|epilepsia⟧, por la medicación en el calabozo), y que ella lo interpretó todo, pero que la defensa pidió que constara en acta que la intérprete no había estado en la primera parte.

⟦PERSON|Samira⟧ está muy afectada; me ha pedido que no le asignemos más servicios en ese juzgado hasta enero. Su móvil es el ⟦PHONE_NUMBER|634 118 905⟧ por si quieres llamarla tú.

Propongo: 1) mandar a partir de ahora la dirección exacta con el aviso, 2) pedir disculpas por escrito al juzgado, 3) no facturar este servicio.

Un abrazo,
⟦PERSON|Marisa Quiles⟧

> El 27/11/2025, a las 8:02, Coordinación escribió:
> Servicio confirmado: árabe, Juzgado de Instrucción nº 4, 9:00, detenido, duración estimada 2 h.""",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Texto para la jornada de puertas abiertas de la clínica de reproducción: FIV, ovodonación, preservación de la fertilidad, financiación hasta 36 meses, sábado 10-14.",
    },
    {
        "kind": "marketing",
        "text": """Acorta este testimonio a 50 palabras para la web (firmó el consentimiento):

"Soy ⟦GENETIC_DATA|portadora de una mutación en BRCA2⟧ y no quería transmitírsela a mis hijos. Con el ⟦HEALTH_DATA|diagnóstico genético preimplantacional⟧ pudimos seleccionar embriones sanos y hoy tenemos a ⟦PERSON|Martina⟧." - ⟦PERSON|Rocío Bellido Jurado⟧, Sevilla""",
    },
    {
        "kind": "marketing",
        "text": "Tres eslóganes para nuestra cafetería-cowork en Russafa: café de especialidad, puesto fijo 120 €/mes, salas por horas, terraza con enchufes.",
    },
    {
        "kind": "marketing",
        "text": """Escribe un mensaje de agradecimiento a cada asistente de la cena de citas con un 15% para la próxima:

nombre,email,evento,orientación
⟦PERSON|Noelia Castañer⟧,⟦EMAIL_ADDRESS|noelia.castaner@outlook.es⟧,Cena a ciegas 29/11,⟦SEX_LIFE_ORIENTATION|lesbiana⟧
⟦PERSON|Sheila Montaner⟧,⟦EMAIL_ADDRESS|sheila.mont@gmail.com⟧,Cena a ciegas 29/11,⟦SEX_LIFE_ORIENTATION|bisexual⟧""",
    },
    {
        "kind": "marketing",
        "text": """Convierte estas notas en un caso de éxito para la newsletter (el cliente autoriza su nombre):

Cliente: ⟦PERSON|Vicent Gomar Pastor⟧, ⟦STREET_ADDRESS|Carrer de la Reina 112, 46011 València⟧
Instalación: 10 paneles, 4,5 kWp, sin batería, mayo 2025
Ahorro: de 95 € a 30 € al mes en verano
Frase: "En dos días estaba todo montado y la app es muy clara.\"""",
    },
    {
        "kind": "marketing",
        "text": "Post para Instagram de la clínica de ortodoncia: ortodoncia invisible para adultos, primera visita gratis en enero, financiación sin intereses.",
    },
    {
        "kind": "marketing",
        "text": "Descripción para el catálogo: peregrinación a Fátima y Santiago de Compostela, 6 días en autocar desde Valencia, misa diaria opcional, hoteles céntricos, plazas adaptadas.",
    },
    {
        "kind": "marketing",
        "text": "Redacta el mensaje para felicitar a ⟦PERSON|Vicenta Llopis Ferrer⟧, ganadora del sorteo de Navidad de la farmacia online: un lote de cosmética, envío gratis a su domicilio.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Salidas estructuradas: cómo pedir JSON fiable

Cuando una aplicación necesita procesar la respuesta de un modelo, es mejor pedir JSON con un esquema definido que texto libre. Muchas API permiten pasar un esquema JSON y garantizan que la salida lo cumple. Si la API no lo permite, incluya un ejemplo completo en el prompt, valide la respuesta con un validador de esquemas y, si falla, reintente una vez enviando el error al modelo. Evite campos ambiguos: un campo "fecha" debe indicar el formato (AAAA-MM-DD) y un campo numérico, la unidad.""",
    },
]
