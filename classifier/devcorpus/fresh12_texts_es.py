"""Hand-written Spanish texts of the ``fresh12`` split: cooperativa de aceite, balneario, rescate de montaña, inspección de trabajo."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "reescribe esto más amable porfa: 'su reserva del pabellón municipal PM-1182 queda anulada por impago'",
    },
    {
        "kind": "support",
        "text": "Resume este parte de accidente para el tramitador:\nSocio carsharing: ⟦PERSON|Begoña Irazusta Llorente⟧, DNI ⟦ES_NIF|42156447-T⟧\n"
        "Teléfono: ⟦PHONE_NUMBER|612 48 93 07⟧\nDirección: ⟦STREET_ADDRESS|Calle de Cuba 31, 3º B, 46006 València⟧\n"
        "Relato: 'Una furgoneta me dio por detrás en el semáforo de la Gran Vía. Tengo ⟦HEALTH_DATA|un esguince cervical⟧ y me han recetado ⟦HEALTH_DATA|ibuprofeno y collarín⟧.'\n"
        "Reserva: CS-VLC-22071",
    },
    {
        "kind": "support",
        "text": "Transcripción del asistente de voz, saca la petición en una línea:\nUSUARIO: eh hola quería renovar el carné de la biblioteca\n"
        "ASISTENTE: Claro, ¿me dice el número de carné?\nUSUARIO: es el B-5502-19 creo\nASISTENTE: Renovado hasta diciembre de 2027.",
    },
    {
        "kind": "support",
        "text": "De: ⟦PERSON|Fulgencio Atienza Robledo⟧ <⟦EMAIL_ADDRESS|fulgen.atienza@telefonica.net⟧>\nAsunto: RE: termalismo IMSERSO\n\n"
        "Buenos días, me han concedido el programa de termalismo por ⟦HEALTH_DATA|EPOC⟧. Mi mujer también viene, ella está en ⟦HEALTH_DATA|tratamiento con oxígeno⟧ "
        "por las noches, ¿hay enchufe en la habitación? La fianza la podéis devolver a ⟦IBAN_CODE|ES88 0054 3789 6196 1540 7218⟧.\n\nUn saludo\n\n"
        "Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
    },
    {
        "kind": "support",
        "text": "Clasifica esta reclamación (reembolso / plazo / rechazo / otro): 'Mi perro Toby se operó de la rodilla hace 2 meses, "
        "expediente MASC-44081, y me dicen que era preexistente. ¡No es verdad!'",
    },
    {
        "kind": "support",
        "text": "Telemonitorización cardiaca, borrador de respuesta a la paciente ⟦PERSON|Consuelo Mirabent⟧: ha recibido una alerta por "
        "⟦HEALTH_DATA|taquicardia ventricular⟧ y quiere saber si debe ir a urgencias. Sin consejos médicos, que llame al ⟦PHONE_NUMBER|+34 963 18 44 70⟧ (centralita).",
    },
    {
        "kind": "support",
        "text": "Rescate de montaña, ficha para limpiar:\n13:25 aviso 112, montañero ⟦PERSON|Jon Ander Ugalde⟧, NIE del acompañante ⟦ES_NIE|Y2754939J⟧ "
        "(⟦PERSON|Karim Benslimane⟧), caída en el Aneto, ⟦HEALTH_DATA|traumatismo craneal⟧ leve. Helicóptero GREIM 13:58.",
    },
    {
        "kind": "support",
        "text": "¿El tour de bodegas en Utiel-Requena tiene opción sin alcohol? Somos 4, reserva WT-8812",
    },
    {
        "kind": "support",
        "text": "Redacta la confirmación del pago: 'Cobradme la ruta del vino con esta tarjeta ⟦CREDIT_CARD|2401 1042 8864 2177⟧, cad. 09/28, "
        "titular ⟦PERSON|Leire Goikoetxea Murua⟧. Somos dos adultos.'",
    },
    {
        "kind": "support",
        "text": "Responde a esta queja de una socia del curso prematrimonial: 'Soy ⟦PERSON|Almudena Villacañas⟧, mi prometido es ⟦RELIGIOUS_BELIEF|musulmán⟧ "
        "y en la parroquia nos hicieron sentir fuera de lugar. Queremos casarnos igual.' Tono cercano, de la delegación diocesana.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Cuadrante de temporeros de la cooperativa en tabla Markdown:\n| Cuadrilla | Nombre | Horario |\n|---|---|---|\n"
        "| 1 | ⟦PERSON|Abdou Karim Diatta⟧ | 7-14 |\n| 1 | ⟦PERSON|Marioara Lupașcu⟧ | 7-14 |\n| 2 | ⟦PERSON|Eusebio Carmona Pliego⟧ | 14-20 |\n"
        "Observaciones: ⟦PERSON|Eusebio⟧ ⟦HEALTH_DATA|operado de hernia⟧, no carga cajas.",
    },
    {
        "kind": "hr",
        "text": "Ficha de alta temporero:\nNombre: ⟦PERSON|Marioara Lupașcu⟧\nNIE: ⟦ES_NIE|Y4960117C⟧\nCuenta: ⟦IBAN_CODE|ES58 8754 8446 1643 7443 5619⟧\n"
        "Afiliación: ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧\nAlojamiento: albergue municipal",
    },
    {
        "kind": "hr",
        "text": "Resume el acta de la Inspección de Trabajo: visita del 20/10 a la almazara, 6 temporeros sin alta en la Seguridad Social, "
        "jornadas de 11 horas, propuesta de sanción grave. Se requiere regularizar en 10 días.",
    },
    {
        "kind": "hr",
        "text": "Evaluación de calidad del call center, reescríbela en positivo:\nAgente ⟦PERSON|Yeray Santana Cabrera⟧, 60/100. No verificó la identidad. "
        "Comentó al cliente que es ⟦SEX_LIFE_ORIENTATION|gay⟧ y que por eso 'entiende' su queja — no procede.",
    },
    {
        "kind": "hr",
        "text": "Oferta de empleo: monitor/a de esquí para Sierra Nevada, temporada dic-abr, titulación TD1 mínimo, alojamiento compartido.",
    },
    {
        "kind": "hr",
        "text": "Agencia de tripulantes: ¿podemos guardar esto? 'Marinero ⟦PERSON|Rigoberto Almonte Baez⟧, ⟦ETHNIC_ORIGIN|afrodominicano⟧, "
        "⟦CRIMINAL_RECORD|antecedentes por tráfico de drogas en 2017⟧, embarcado en Algeciras.'",
    },
    {
        "kind": "hr",
        "text": "Hospital de día psiquiátrico: ¿quién cubre el grupo del martes? Lunes y miércoles enfermería, martes vacante porque ⟦PERSON|Nerea Ocaña Frías⟧ está de baja por ⟦HEALTH_DATA|una operación de cadera⟧, jueves terapia ocupacional, viernes revisión.",
    },
    {
        "kind": "hr",
        "text": "Traduce al inglés para el armador: 'Cambio de tripulación en Valencia el día 9, faltan dos certificados médicos, los vuelos ya están emitidos.'",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Notificación push (máx. 50 caracteres): ¡nieve nueva! 2x1 en clases de esquí este finde.",
    },
    {
        "kind": "marketing",
        "text": "Variantes A/B para el balneario:\nA: 'Curas termales prescritas para reuma, piel y vías respiratorias.'\nB: 'Tu médico te ha recetado agua termal. Nosotros ponemos el resto.'",
    },
    {
        "kind": "marketing",
        "text": "Acorta esta reseña: 'La ruta del vino fue genial. Voy en silla por una ⟦HEALTH_DATA|lesión medular⟧ y todas las bodegas eran accesibles. "
        "Gracias, ⟦PERSON|Inmaculada Peñalver⟧'",
    },
    {
        "kind": "marketing",
        "text": "Post para Instagram de la cooperativa: 'Este año nuestra cosecha la ha liderado ⟦PERSON|Salvador Ginestar Pons⟧, "
        "⟦POLITICAL_OPINION|concejal de Compromís⟧ y olivarero de tercera generación.' ¿Lo publicamos así?",
    },
    {
        "kind": "marketing",
        "text": "Texto para la web del seguro de mascotas: consulta veterinaria online 24 h incluida, sin carencia para accidentes.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio para el folleto de telemonitorización: 'Desde que ⟦PERSON|Pilar Echegaray⟧ lleva el holter conectado, su hija duerme tranquila. "
        "Le detectamos una ⟦HEALTH_DATA|fibrilación auricular⟧ silenciosa a tiempo.' Revisa el tono.",
    },
    {
        "kind": "marketing",
        "text": "Tres asuntos de email para la biblioteca municipal: club de lectura fácil, préstamo de ebooks y taller de cómic para niños.",
    },
    {
        "kind": "marketing",
        "text": "Nota de prensa del rescate: 'El equipo agradece la donación de ⟦PERSON|Arantxa Lizarralde⟧, ⟦EMAIL_ADDRESS|arantxa.lizarralde@euskaltel.net⟧, "
        "rescatada en 2025 con ⟦HEALTH_DATA|congelación en ambos pies⟧.'",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Los modelos de embeddings convierten un texto en un vector de números. Dos textos con significado parecido quedan cerca en ese espacio, "
        "aunque no compartan palabras. Para buscar documentos se compara el vector de la pregunta con los de cada fragmento usando la similitud coseno.",
    },
]
