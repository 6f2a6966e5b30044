"""Hand-written Spanish texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Resume este correo en una línea:\n\nHola, buenas tardes. El pedido 100-4471-88 llegó "
        "incompleto, faltan las fundas de cojín. ¿Me las podéis enviar? Gracias, un saludo.\n⟦PERSON|Nerea Campos⟧",
    },
    {
        "kind": "support",
        "text": "Redacta una respuesta amable a este cliente y ofrece recogida gratuita:\n\n"
        "De: ⟦PERSON|Iñaki Etxeberria⟧ <⟦EMAIL_ADDRESS|inaki.etxe@euskaltel.net⟧>\nAsunto: devolución\n\n"
        "Buenas, quiero devolver el sofá. Estoy en ⟦STREET_ADDRESS|Calle Ercilla, 8, 2º D, 48011 Bilbao⟧, "
        "móvil ⟦PHONE_NUMBER|688 41 20 97⟧. Por las mañanas no estoy.",
    },
    {
        "kind": "support",
        "text": "Extrae los campos en JSON (nombre, dni, fecha_nacimiento, iban) de este formulario escaneado:\n\n"
        "SOLICITUD DE ALTA\nNombre y apellidos: ⟦PERSON|María del Carmen Ruiz Ortega⟧\nDNI: ⟦ES_NIF|"
        "34263569D⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|17/03/1975⟧\nIBAN: ⟦IBAN_CODE|ES49 1859 2503 6654 "
        "9034 1848⟧\nFirma: ilegib1e",
    },
    {
        "kind": "support",
        "text": "Translate into English for the Lisbon team: «El cliente dice que la factura FAC-2025-01934 "
        "tiene el IVA mal calculado, 21 % en vez de 10 %. Contacto: ⟦EMAIL_ADDRESS|carlos.solano@ferreteriasolano.es⟧»",
    },
    {
        "kind": "support",
        "text": "Transcripción de llamada, escribe el resumen para el CRM:\n\n"
        "Agente: Seguros Levante, le atiende ⟦PERSON|Marta⟧.\nCliente: Hola, soy ⟦PERSON|Jorge Navarro⟧, tuve un "
        "accidente de moto y tengo ⟦HEALTH_DATA|fractura de tibia⟧.\nAgente: Lo siento. ¿Número de póliza?\n"
        "Cliente: 88-204417.\nAgente: Le abro el parte, le llamará el perito.",
    },
    {
        "kind": "support",
        "text": "Contexto:\n- Las tarjetas regalo no caducan.\n- No se pueden canjear por dinero.\n- Se "
        "pueden usar en tienda física y online.\n\nPregunta: ¿puedo usar mi tarjeta regalo en la tienda de "
        "Valencia?",
    },
    {
        "kind": "support",
        "text": "El cliente es extranjero residente, comprueba que el NIE tiene formato correcto y responde:\n\n"
        "«Hola, soy ⟦PERSON|Mihai Ionescu⟧, mi NIE es ⟦ES_NIE|Y1573490M⟧. No me llega el SMS para activar "
        "la cuenta.»",
    },
    {
        "kind": "support",
        "text": "Reescribe este mensaje con un tono más cercano: «Su incidencia ha sido escalada. Tiempo "
        "estimado de resolución: 72 h. Ref. INC-55821.»",
    },
    {
        "kind": "support",
        "text": "Revisa esta conversación de WhatsApp Business y dime si hay que escalarla:\n\n"
        "[10:02] Cliente: me habéis cobrado en la tarjeta ⟦CREDIT_CARD|2638-9646-1149-3456⟧ una suscripción "
        "que cancelé\n[10:03] Bot: ¿Nos indica su email?\n[10:03] Cliente: ⟦EMAIL_ADDRESS|lucia.mg@hotmail.es⟧\n"
        "[10:05] Cliente: ??",
    },
    {
        "kind": "support",
        "text": "El cliente escribe en portugués, tradúcelo al español y dime qué necesita:\n\n"
        "«Bom dia, sou o ⟦PERSON|João Pereira⟧, NIF ⟦PT_NIF|321450353⟧. Preciso da fatura com o meu NIF, "
        "a que recebi não o tem. Obrigado.»",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Reescribe esta evaluación de desempeño de forma constructiva:\n\n⟦PERSON|Raquel Domínguez⟧ "
        "cumple objetivos pero se ausenta a menudo por su ⟦HEALTH_DATA|fibromialgia⟧. Además, como "
        "⟦TRADE_UNION_MEMBERSHIP|afiliada a CCOO⟧, siempre cuestiona los turnos.",
    },
    {
        "kind": "hr",
        "text": "Escribe una oferta de empleo: enfermero/a para residencia de mayores en Zaragoza, jornada "
        "completa, turnos rotativos, incorporación inmediata.",
    },
    {
        "kind": "hr",
        "text": "Evalúa este CV para un puesto de técnico de soporte:\n\n⟦PERSON|Pablo Jiménez Sanz⟧\n"
        "⟦STREET_ADDRESS|Avenida de la Constitución, 18, 3º izq., 41001 Sevilla⟧\n⟦PHONE_NUMBER|+34 655 "
        "302 118⟧ · ⟦EMAIL_ADDRESS|pablojs@gmail.com⟧\n2020-hoy Soporte N2, empresa de telecomunicaciones\n"
        "CCNA, ITIL v4\nInglés B2",
    },
    {
        "kind": "hr",
        "text": "Redacta un resumen del expediente para la comisión:\n- trabajador ⟦PERSON|Sergio Molina⟧\n"
        "- certificado de antecedentes: ⟦CRIMINAL_RECORD|condena por conducir bajo los efectos del alcohol "
        "(2022)⟧\n- puesto: conductor de reparto\n- decisión pendiente",
    },
    {
        "kind": "hr",
        "text": "¿Cómo se calcula el finiquito en España? Explícalo con un ejemplo sencillo para nuestro "
        "equipo de managers.",
    },
    {
        "kind": "hr",
        "text": "Traduce al inglés esta nota de la mutua:\n\n«La trabajadora ⟦PERSON|Ana Belén Castro⟧ "
        "está de baja por ⟦HEALTH_DATA|ansiedad generalizada⟧ desde el 3 de octubre. Se prevé alta en "
        "diciembre.»",
    },
    {
        "kind": "hr",
        "text": "Prepara el guion para la jornada de acogida de nuevos empleados: bienvenida, seguridad, "
        "herramientas, comida con el equipo.",
    },
    {
        "kind": "hr",
        "text": "¿Es correcto incluir esto en el acta de la entrevista? Corrígelo:\n\n«El candidato ⟦PERSON|"
        "Rafael Cortés⟧ es ⟦ETHNIC_ORIGIN|gitano⟧ y ⟦RELIGIOUS_BELIEF|evangélico⟧, buen trato con los "
        "clientes.»",
    },
    {
        "kind": "hr",
        "text": "Dame ideas para mejorar la retención en el equipo de atención al cliente: rotación del 35 % "
        "anual, sueldos en la media del sector.",
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Escribe cinco titulares para la campaña de rebajas de enero de nuestra tienda de muebles, "
        "tono directo.",
    },
    {
        "kind": "marketing",
        "text": "Briefing para la agencia, conviértelo en un plan de medios:\n\nProducto: app de ahorro "
        "Hucha 2.0\nPúblico: 18-30 años, España y México\nCanales: TikTok, YouTube, Spotify\nPresupuesto: "
        "80.000 €\nPeriodo: febrero-abril",
    },
    {
        "kind": "marketing",
        "text": "Personaliza este correo de seguimiento:\n\nContacto: ⟦PERSON|Lorena Gil⟧, directora de "
        "compras en Hoteles Mediterráneo, ⟦EMAIL_ADDRESS|lgil@hotelesmediterraneo.es⟧, ⟦PHONE_NUMBER|"
        "963 41 22 80⟧. Reunión en FITUR 2026.",
    },
    {
        "kind": "marketing",
        "text": "Adapta este testimonio para la web:\n\n«Tras el ⟦HEALTH_DATA|cáncer de mama⟧ necesitaba "
        "ropa cómoda que me hiciera sentir guapa. La encontré aquí.» – ⟦PERSON|Pilar Herrera⟧, Málaga",
    },
    {
        "kind": "marketing",
        "text": "Descripción de producto: zapatillas trail impermeables, suela Vibram, drop 6 mm, peso 290 g. "
        "120 palabras.",
    },
    {
        "kind": "marketing",
        "text": "Analiza las métricas de la campaña de Google Ads de noviembre: 2.300 clics, CPC 0,61 €, "
        "conversiones 118. ¿Qué ajustarías?",
    },
    {
        "kind": "marketing",
        "text": "Segmenta esta base de socios para la campaña de la ONG:\n\n⟦PERSON|Manuel Vidal⟧, "
        "⟦EMAIL_ADDRESS|mvidal@telefonica.net⟧, ⟦POLITICAL_OPINION|votante de Podemos⟧, dona 10 €/mes\n"
        "⟦PERSON|Elena Soto⟧, ⟦EMAIL_ADDRESS|elena.soto@gmail.com⟧, ⟦SEX_LIFE_ORIENTATION|bisexual⟧, "
        "voluntaria Orgullo",
    },
    {
        "kind": "marketing",
        "text": "Escribe una nota de prensa: la cooperativa de aceite Oro del Sur gana el premio al mejor "
        "AOVE ecológico 2025 en Jaén. Contacto: ⟦PERSON|Rocío Martos⟧, ⟦PHONE_NUMBER|953 22 41 87⟧.",
    },
    {
        "kind": "marketing",
        "text": "Crea un guion de 30 segundos para radio: panadería de barrio en Valladolid, pan de masa "
        "madre, abrimos a las 7.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Responde usando solo este fragmento de documentación:\n\nEl parámetro max_tokens limita "
        "la longitud de la respuesta generada, no la del prompt. Si la suma de ambos supera la ventana de "
        "contexto del modelo, la API devuelve un error 400.\n\nPregunta: ¿max_tokens incluye el texto que "
        "envío?",
    },
]
