"""Hand-written Spanish texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Resume el expediente de asistencia en viaje: ⟦PERSON|Iñaki Goikoetxea Larrañaga⟧, DNI ⟦ES_NIF|48302917L⟧, "
        "ingresado en Lima por un ⟦HEALTH_DATA|ictus⟧. Póliza MundoSeguro 3390-B, NIF portugués del tomador ⟦PT_NIF|276543211⟧. Su mujer, ⟦PERSON|Amaia⟧, al ⟦PHONE_NUMBER|688 41 27 93⟧.",
    },
    {
        "kind": "support",
        "text": "¿El bono de roaming de 10 GB funciona en Andorra? Responde breve al cliente.",
    },
    {
        "kind": "support",
        "text": "transcribe el audio hola buenas soy ⟦PERSON|maite urrutia⟧ del piso de estudiantes de deusto que la "
        "calefacción no va desde el lunes y hace un frío que pela vale gracias",
    },
    {
        "kind": "support",
        "text": "Extrae en JSON (escaneo, casa de empeño):\nCONTRATO DE PRÉS-\nTAMO\nTitular: ⟦PERSON|YOLANDA CEBRIÁN PUIG⟧\n"
        "NIE: ⟦ES_NIE|Y4829103Z⟧\nDomicilio: ⟦STREET_ADDRESS|Calle Ercilla 37, 48011 Bilbao⟧\nPrenda: cadena oro 14 g",
    },
    {
        "kind": "support",
        "text": "Redacta una respuesta a ⟦PERSON|Leire Olabarrieta⟧: la mudanza de Bilbao a Valencia del pedido MUD-55031 llega el jueves entre 9 y 13 h.",
    },
    {
        "kind": "support",
        "text": "Taquilla del teatro: ⟦PERSON|Rocío Valdeolmos⟧ pide butaca para acompañante porque su hijo tiene "
        "⟦HEALTH_DATA|TEA⟧ y necesita salir a mitad. Propón respuesta.",
    },
    {
        "kind": "support",
        "text": "Cementerio municipal: ¿qué tasas hay para renovar un nicho por 10 años? Redacta la respuesta estándar.",
    },
    {
        "kind": "support",
        "text": "Reembolso licencia de caza: ⟦PERSON|Aitor Bengoetxea⟧ pagó dos veces, devolver a ⟦IBAN_CODE|ES66 2100 0418 4012 3456 7891⟧. "
        "Email ⟦EMAIL_ADDRESS|aitorbengo@euskalnet.net⟧.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Oferta de empleo: monitor/a de comedor escolar, Getxo, 12:30-15:30, curso de manipulador de alimentos.",
    },
    {
        "kind": "hr",
        "text": "Resume para coordinación de voluntariado del hospicio: ⟦PERSON|Begoña Salaberria⟧ deja los turnos de "
        "Semana Santa porque sale de costalera en su ⟦RELIGIOUS_BELIEF|cofradía⟧; ⟦PERSON|Jon Arregi⟧ está de baja por "
        "⟦HEALTH_DATA|lumbalgia⟧.",
    },
    {
        "kind": "hr",
        "text": "Revisa este CV:\n⟦PERSON|Mikel Zubizarreta Oña⟧ | ⟦PHONE_NUMBER|644 902 117⟧\nMozo de mudanzas 2018-2025\nDelegado de "
        "⟦TRADE_UNION_MEMBERSHIP|ELA⟧ en Transportes Nervión\nCarné C+E",
    },
    {
        "kind": "hr",
        "text": "Acta reunión equipo de feria: stand 4C confirmado por ⟦PERSON|Unai Basterretxea⟧, acreditaciones el lunes, catering contratado.",
    },
    {
        "kind": "hr",
        "text": "Informe para el servicio de medidas penales alternativas: ⟦PERSON|Jonatan Ribas Ferrer⟧, condenado por "
        "⟦CRIMINAL_RECORD|violencia de género⟧, asiste al programa PRIA-MA. Redáctalo en tono neutro.",
    },
    {
        "kind": "hr",
        "text": "Voluntaria de la línea LGTBI: ⟦PERSON|Nerea⟧ es ⟦SEX_LIFE_ORIENTATION|mujer trans y bisexual⟧ y quiere atender llamadas "
        "de jóvenes. Actualiza la ficha.",
    },
    {
        "kind": "hr",
        "text": "Mejora la redacción: 'Las nóminas de diciembre se pagan el 20 por la paga extra.'",
    },
    {
        "kind": "hr",
        "text": "Escribe una bienvenida para el profesorado nuevo de la escuela de adultos, claustro el 8 de enero.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Octavilla: 'Soy ⟦PERSON|Garazi Etxeberria⟧, candidata de ⟦POLITICAL_OPINION|EH Bildu⟧ al ayuntamiento.' Hazla más cercana.",
    },
    {
        "kind": "marketing",
        "text": "Tres titulares para la residencia universitaria Abando: habitaciones individuales desde 520 €/mes.",
    },
    {
        "kind": "marketing",
        "text": "Reseña para la web: 'Mudanza impecable, no se rompió ni un vaso. Gracias, ⟦PERSON|Carmen Lizarraga Otxoa⟧'",
    },
    {
        "kind": "marketing",
        "text": "Historia de cliente ADN: ⟦PERSON|Elena Quispe Mamani⟧ descubrió ascendencia ⟦ETHNIC_ORIGIN|aimara⟧ y un "
        "⟦GENETIC_DATA|marcador de hemocromatosis⟧. Reescríbela con calidez.",
    },
    {
        "kind": "marketing",
        "text": "Post para la feria BioFerias Bilbao: 180 expositores, 3 pabellones, entrada profesional gratuita.",
    },
    {
        "kind": "marketing",
        "text": "Nuestro seguro de viaje cubre urgencias por enfermedades crónicas. Escribe un texto para la landing.",
    },
    {
        "kind": "marketing",
        "text": "SMS: el comedor escolar ofrece menú sin gluten, sin lactosa y halal bajo petición. Máximo 150 caracteres.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter escuela de adultos: nuevos cursos de euskera y competencia digital, matrícula en enero.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "La licencia de pesca continental es autonómica. Se tramita en línea y puede ser anual o quinquenal. "
        "Los menores de 14 años y los mayores de 65 suelen estar exentos del pago de tasas, aunque deben llevar la licencia.",
    },
]
