"""Hand-written Spanish texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "conductor en el chat: oye no me han pagado las propinas de la semana pasada, viaje 7Q-20461",
    },
    {
        "kind": "support",
        "text": "Resume la incidencia para el administrador de fincas:\n\n«Hola, soy ⟦PERSON|Encarnación Ruiz Mateos⟧, del 4ºB "
        "de ⟦STREET_ADDRESS|calle Sagunto 27, 46009 Valencia⟧. La rampa del portal sigue rota y mi hijo va en "
        "⟦HEALTH_DATA|silla de ruedas⟧ por una ⟦HEALTH_DATA|parálisis cerebral⟧. Llevamos un mes sin poder salir "
        "solos. Mi móvil: ⟦PHONE_NUMBER|612 408 937⟧.»",
    },
    {
        "kind": "support",
        "text": "Farmacia online – responde al cliente:\n«Pedido FO-33017. Me mandasteis ⟦HEALTH_DATA|Sintrom 4 mg⟧ en vez "
        "de 1 mg, es peligroso con mi ⟦HEALTH_DATA|fibrilación auricular⟧. ⟦PERSON|Aurelio Cañizares⟧, "
        "⟦EMAIL_ADDRESS|aurelio.canizares@telefonica-correo.es⟧»",
    },
    {
        "kind": "support",
        "text": "¿Cuántos días tiene un inquilino para reclamar la fianza al terminar el contrato en España? "
        "Respuesta breve para las preguntas frecuentes.",
    },
    {
        "kind": "support",
        "text": "Funeraria – completa la ficha con las notas de la llamada:\nFallecido: ⟦PERSON|Manuel Orozco Benítez⟧, "
        "nacido el ⟦DATE_OF_BIRTH|17/09/1944⟧, DNI ⟦ES_NIF|68259441H⟧\nContacto: nieta ⟦PERSON|Lidia Orozco⟧, "
        "⟦PHONE_NUMBER|+34 655 019 284⟧\nCeremonia: ⟦RELIGIOUS_BELIEF|católica⟧, misa en la parroquia de San Lorenzo, "
        "incineración; la cofradía llevará el estandarte.",
    },
    {
        "kind": "support",
        "text": "Traduce al inglés para el equipo de Rotterdam: «La academia me ha cobrado la matrícula dos veces "
        "en la tarjeta ⟦CREDIT_CARD|4092 4581 6497 6335⟧. Soy ⟦PERSON|Irene Valcárcel⟧, alumna del curso C1.»",
    },
    {
        "kind": "support",
        "text": "Redacta un SMS recordatorio: la clínica veterinaria confirma la cita de esterilización del "
        "viernes a las 9:00, ayuno desde las 22:00. Referencia CV-5502.",
    },
    {
        "kind": "support",
        "text": "Oficina municipal de vivienda – revisa si la solicitud está completa:\nSolicitante: ⟦PERSON|Nadia "
        "El Amrani⟧, NIE ⟦ES_NIE|Z9851104W⟧\nUnidad familiar: 4 miembros, ingresos 1,1 IPREM\n"
        "Situación: víctima de violencia de género, hija con ⟦HEALTH_DATA|trastorno del espectro autista⟧\n"
        "Falta: certificado de empadronamiento.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Gestoría de nóminas – alta de trabajador, comprueba los datos:\nNombre: ⟦PERSON|Rubén Sarasola Iturbe⟧\n"
        "NIF: ⟦ES_NIF|19115680N⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|05/01/1986⟧\nIBAN: "
        "⟦IBAN_CODE|ES14 2100 0418 4010 0200 4537⟧\nCuota sindical: sí (⟦TRADE_UNION_MEMBERSHIP|CCOO⟧)",
    },
    {
        "kind": "hr",
        "text": "Reconocimiento médico de vigilancia de la salud – reformula el resultado para la empresa:\n"
        "Trabajadora: ⟦PERSON|Montserrat Pujol Ferrer⟧. Apta con restricciones: ⟦HEALTH_DATA|epicondilitis⟧ "
        "crónica en brazo derecho, evitar movimientos repetitivos más de 2 h seguidas.",
    },
    {
        "kind": "hr",
        "text": "Escribe una oferta: guardería privada en Getafe busca técnico/a de educación infantil, jornada "
        "completa, convenio de centros de asistencia y educación infantil.",
    },
    {
        "kind": "hr",
        "text": "Agencia de cuidadores – ficha de la candidata portuguesa para una familia de Vigo:\n"
        "⟦PERSON|Fernanda Carvalho Nunes⟧, NIF português ⟦PT_NIF|185518052⟧, 8 años con mayores con "
        "⟦HEALTH_DATA|alzhéimer⟧, carné B. Es ⟦RELIGIOUS_BELIEF|adventista⟧ y no trabaja los sábados. Cuenta "
        "⟦IBAN_CODE|PT38 5852 2778 5997 2947 0550 4⟧.",
    },
    {
        "kind": "hr",
        "text": "Asociación de reinserción – carta de presentación para la empresa colaboradora:\n⟦PERSON|Óscar Villalba "
        "Reyes⟧, en tercer grado penitenciario, cumplió condena por ⟦CRIMINAL_RECORD|robo con fuerza⟧. Curso de "
        "soldadura terminado en el centro. Disponible de lunes a viernes.",
    },
    {
        "kind": "hr",
        "text": "¿Cuántos días de permiso retribuido corresponden por fallecimiento de un familiar de segundo grado "
        "según el Estatuto de los Trabajadores?",
    },
    {
        "kind": "hr",
        "text": "Acta del comité de empresa para pasar a limpio:\nAsisten ⟦PERSON|Jorge Almansa⟧ (⟦TRADE_UNION_MEMBERSHIP|UGT⟧), "
        "⟦PERSON|Rocío Campillo⟧ (⟦TRADE_UNION_MEMBERSHIP|CCOO⟧). Se trata la queja de ⟦PERSON|Adrián⟧, conductor, que "
        "denuncia comentarios racistas por ser ⟦ETHNIC_ORIGIN|gitano⟧.",
    },
    {
        "kind": "hr",
        "text": "Calcula el prorrateo de pagas extra para un salario bruto anual de 21.000 € en 14 pagas.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Boletín de la hermandad, acórtalo:\n«Queridos hermanos, el besamanos será el 8 de diciembre. Se "
        "ruega a los costaleros confirmar asistencia al ensayo del sábado.»",
    },
    {
        "kind": "marketing",
        "text": "Historia de donante para la campaña de Navidad (70 palabras):\n«Me llamo ⟦PERSON|Ainhoa Lizarraga⟧. "
        "A mi hermano le diagnosticaron ⟦HEALTH_DATA|ELA⟧ con 39 años y el test genético confirmó la "
        "⟦GENETIC_DATA|mutación C9orf72⟧. Desde entonces colaboro cada mes con la fundación.»",
    },
    {
        "kind": "marketing",
        "text": "Inscripciones a la cena del club de pádel (export):\nnombre;email;menú\n"
        "⟦PERSON|Borja Llorente⟧;⟦EMAIL_ADDRESS|borja.llorente@ono-correo.es⟧;normal\n"
        "⟦PERSON|Yasmina Haddou⟧;⟦EMAIL_ADDRESS|yhaddou@telefonica-correo.es⟧;⟦RELIGIOUS_BELIEF|halal⟧\n"
        "⟦PERSON|Pilar Escrivá⟧;⟦EMAIL_ADDRESS|pilar.escriva@ono-correo.es⟧;sin lactosa",
    },
    {
        "kind": "marketing",
        "text": "Dame 5 eslóganes para la autoescuela: «Carné B en 30 días, clases prácticas también en sábado».",
    },
    {
        "kind": "marketing",
        "text": "Reseña para la web de la academia, tradúcela al inglés:\n«Soy ⟦SEX_LIFE_ORIENTATION|gay⟧ y en otras "
        "academias me sentía fuera de lugar; aquí el profe ⟦PERSON|Nacho⟧ hizo que toda la clase fuera un espacio "
        "seguro.» – ⟦PERSON|Guillermo Baeza⟧",
    },
    {
        "kind": "marketing",
        "text": "Corrige el cartel: «Charla gratuita en la farmacia: cómo convivir con la diabetes tipo 2. Jueves 18 h.»",
    },
    {
        "kind": "marketing",
        "text": "Invitación al acto – hazlo más breve:\nLa agrupación local de ⟦POLITICAL_OPINION|Podemos⟧ en Getafe "
        "presenta a su candidata ⟦PERSON|Raquel Montoya Gil⟧. Contacto: ⟦EMAIL_ADDRESS|r.montoya.gil@ono-correo.es⟧.",
    },
    {
        "kind": "marketing",
        "text": "Email de campaña sindical, personaliza el saludo:\n«Hola ⟦PERSON|Mercedes⟧: como afiliada a "
        "⟦TRADE_UNION_MEMBERSHIP|CCOO Sanidad⟧ te invitamos a la asamblea del 20 de enero.»",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Alucinaciones en modelos de lenguaje\n\nUn modelo generativo puede producir afirmaciones plausibles "
        "pero falsas. Para reducirlas se recomienda citar las fuentes recuperadas, limitar la temperatura y "
        "pedir al modelo que responda «no lo sé» cuando el contexto no contenga la respuesta. La evaluación "
        "humana sigue siendo necesaria en dominios sensibles.",
    },
]
