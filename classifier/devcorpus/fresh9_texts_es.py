"""Hand-written Spanish texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Resume para coordinación: traslado de ⟦PERSON|Remedios Altamirano⟧, ⟦HEALTH_DATA|diálisis⟧ lunes, miércoles y viernes, "
        "recogida en ⟦STREET_ADDRESS|calle Jaén 42, 41010 Sevilla⟧, silla de ruedas.",
    ),
    (
        "support",
        "El jugador pide que le quitemos la autoexclusión antes de tiempo. Redacta una respuesta firme explicando que no es posible. Caso ES-30218.",
    ),
    (
        "support",
        "Traduce al inglés: «Mi pulsera Pulso marca que duermo 2 horas, pero duermo 7. Versión 4.2.1, Android 15.»",
    ),
    (
        "support",
        "Hipoteca en mora, expediente 55-2201: ⟦PERSON|Jacinto Villalobos⟧, DNI ⟦ES_NIF|38352416-P⟧, cargo en ⟦IBAN_CODE|ES96 9270 8542 7771 4420 5807⟧ devuelto. Propón carta de refinanciación.",
    ),
    ("support", "Clasifica: «Hola, ¿el crucero de Canarias sale desde Cádiz o desde Málaga? Reserva CR-8812.»"),
    (
        "support",
        "Servicios sociales: ⟦PERSON|Yolanda Carrasco⟧ solicita ayuda a domicilio para su madre con ⟦HEALTH_DATA|ictus⟧ reciente. Teléfono ⟦PHONE_NUMBER|612 48 39 07⟧.",
    ),
    (
        "support",
        "Carta al director para acortar: ⟦PERSON|Fermín Arrizabalaga⟧, ⟦POLITICAL_OPINION|votante de Vox⟧, se queja de las terrazas en la plaza.",
    ),
    (
        "support",
        "Respóndele a ⟦PERSON|Nerea Olabarrieta⟧ que la sesión de fotos de boda se puede mover al 14 de junio sin coste.",
    ),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Extrae en JSON: ⟦PERSON|Anca Popescu⟧, NIE ⟦ES_NIE|Y1178166M⟧, nacida el ⟦DATE_OF_BIRTH|23/05/1988⟧, auxiliar de ayuda a domicilio.",
    ),
    (
        "hr",
        "Baja médica de ⟦PERSON|Rubén Talavera⟧, repartidor en bici, ⟦HEALTH_DATA|esguince de tobillo⟧, 10 días. Revisa la nómina.",
    ),
    (
        "hr",
        "Acta comité de empresa: ⟦PERSON|Maite Urquiza⟧ (⟦TRADE_UNION_MEMBERSHIP|delegada de CCOO⟧), ⟦PERSON|Álvaro Sepúlveda⟧. Punto 1: calendario laboral.",
    ),
    ("hr", "Redacta una oferta: administrativo/a para hospital de día psiquiátrico, jornada completa, Valencia."),
    (
        "hr",
        "Solicitud de ⟦PERSON|Hamza El Idrissi⟧: librar el día del ⟦RELIGIOUS_BELIEF|Eid al-Adha⟧. Prepara respuesta afirmativa.",
    ),
    ("hr", "Consulta nómina: ¿por qué el IRPF de noviembre subió al 19 %? Empleado 7781."),
    (
        "hr",
        "Nota: ⟦PERSON|Inmaculada Berrocal⟧ comunica ⟦HEALTH_DATA|embarazo⟧ de 14 semanas, pide adaptar turnos de noche.",
    ),
    (
        "hr",
        "Voluntaria protectora: ⟦PERSON|Begoña Lasarte⟧, certificado de antecedentes con ⟦CRIMINAL_RECORD|condena por hurto⟧ en 2015. ¿Admitimos?",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    ("marketing", "Tres titulares para la semana de adopción de perros mayores en la protectora de Getafe."),
    ("marketing", "Post Instagram: fotógrafa de bodas en Mallorca, estilo documental, reservas 2026 abiertas."),
    ("marketing", "Texto para el folleto: nuestra mezquita ofrece clases de árabe y apoyo escolar, abierto a todos."),
    (
        "marketing",
        "Testimonio: «Con Pulso controlo mi ⟦HEALTH_DATA|hipertensión⟧ cada mañana» — ⟦PERSON|Encarnación Robledo⟧, Murcia.",
    ),
    ("marketing", "Anuncio: crucero por los fiordos, 9 noches, salida Barcelona, todo incluido."),
    ("marketing", "Eslogan para cooperativa de mensajeros en bicicleta de Zaragoza."),
    ("marketing", "Newsletter de veteranos: homenaje el 12 de octubre, misa y comida de hermandad."),
    (
        "marketing",
        "Reportaje: ⟦PERSON|Saray Heredia⟧, ⟦ETHNIC_ORIGIN|gitana⟧, primera concejala de su barrio, habla de vivienda.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "docs",
        "La gestión de moras hipotecarias distingue entre impagos puntuales y estructurales. El gestor analiza ingresos, "
        "cargas y garantías antes de proponer carencia, ampliación de plazo o dación en pago, siempre documentando la propuesta.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
