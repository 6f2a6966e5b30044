"""Hand-written Spanish texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Convierte esta ficha de acogida (línea 24h, casa de acogida) en un resumen de 3 líneas para la coordinadora:\n"
        "Nombre: ⟦PERSON|Maite Urquiola Baena⟧\n"
        "DNI: ⟦ES_NIF|31340364N⟧\n"
        "Teléfono seguro: ⟦PHONE_NUMBER|612 48 03 91⟧ (solo llamar de 10 a 12)\n"
        "Menores: 2 (4 y 7 años)\n"
        "Salud: ⟦HEALTH_DATA|embarazada de 3 meses⟧, ⟦HEALTH_DATA|ansiedad, toma lorazepam⟧\n"
        "Orden de protección: sí, Juzgado de Violencia sobre la Mujer n.º 2 de Bilbao\n"
        "Necesidades: plaza con cuna, dieta ⟦RELIGIOUS_BELIEF|halal⟧ para la pareja? -> NO, corregir: es para ella",
    },
    {
        "kind": "support",
        "text": 'Redacta un mensaje corto para el teléfono de acogida: "Si estás en peligro llama al 016, no deja rastro en la factura." Tono cercano.',
    },
    {
        "kind": "support",
        "text": "Resume este hilo para la petición de intérprete judicial:\n"
        "> De: Juzgado de Instrucción n.º 4 de Málaga\n"
        "> Necesitamos intérprete de wolof para el 17/03, 10:00, diligencias previas 388/2026. Declaración de detenido.\n"
        "> Contacto: ⟦PERSON|Rubén Castañar Ojeda⟧, LAJ, ⟦EMAIL_ADDRESS|ruben.castanar@justicia.example.es⟧\n\n"
        "Respuesta: tenemos a ⟦PERSON|Ousmane Ndour Gaye⟧ disponible, NIE ⟦ES_NIE|Y4954401P⟧, le enviamos la confirmación.",
    },
    {
        "kind": "support",
        "text": "¿Qué tarifa aplicamos a un servicio de interpretación judicial en sábado? La tabla dice +35 % fin de semana, mínimo 2 h. Responde breve.",
    },
    {
        "kind": "support",
        "text": "Contesta esta reclamación del fondo social del agua, tono empático, dile que falta el certificado de empadronamiento:\n"
        "> Buenas, soy ⟦PERSON|Fátima El Idrissi Moreno⟧, pedí la ayuda hace dos meses y nada. Tengo ⟦HEALTH_DATA|una discapacidad del 65 %⟧ "
        "y vivo sola en ⟦STREET_ADDRESS|C/ Sagunto 27, 2.º B, 46009 Valencia⟧. El contrato es 77-201188.\n"
        "> Gracias",
    },
    {
        "kind": "support",
        "text": "dame una lista de requisitos para el bono social del agua en Valencia (resumen, no inventes cifras)",
    },
    {
        "kind": "support",
        "text": "Pasa a formato tabla estas altas del fondo del agua (nombre;NIF;IBAN;importe):\n"
        "⟦PERSON|Gonzalo Villaplana Ruz⟧;⟦ES_NIF|73732932-S⟧;⟦IBAN_CODE|ES10 4505 7236 8998 2610 4755⟧;180\n"
        "⟦PERSON|Joana Feitosa Ramalho⟧;NIF PT ⟦PT_NIF|307703770⟧;⟦IBAN_CODE|PT92 5539 1977 3212 8760 1366 6⟧;95",
    },
    {
        "kind": "support",
        "text": "Redacta la respuesta a ⟦PERSON|Héctor Lozoya⟧, que tiene ⟦HEALTH_DATA|apnea del sueño⟧: la autoescuela no puede tramitar "
        "el psicotécnico, debe ir a un centro de reconocimiento de conductores (CRC).",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Resume el informe del CRC para el expediente del alumno de la autoescuela, solo conclusión y limitaciones:\n"
        "Alumno: ⟦PERSON|Iker Arrizabalaga Soto⟧, fecha de nacimiento ⟦DATE_OF_BIRTH|09/06/2005⟧\n"
        "Antecedentes: ⟦HEALTH_DATA|diabetes tipo 1 con bomba de insulina⟧\n"
        "Resultado: APTO con restricciones, código 01.06 (gafas), revisión en 3 años.",
    },
    {
        "kind": "hr",
        "text": "Oferta de empleo: profesor/a de formación vial, jornada completa, Getafe, requisito certificado de aptitud. Hazla atractiva, 80 palabras.",
    },
    {
        "kind": "hr",
        "text": "Acta de la reunión del programa de educación en prisión (CP Alcalá-Meco), pásala a limpio:\n"
        "Asistentes: ⟦PERSON|Nerea Casarrubios⟧ (coordinadora), ⟦PERSON|Lucía Berenguer Amat⟧, ⟦PERSON|Abdelkader Hammouti⟧\n"
        "1. El interno ⟦PERSON|Jonathan Ruiz Lozano⟧, ⟦CRIMINAL_RECORD|condenado por tráfico de drogas⟧, aprobó la ESO; se le propone "
        "para el curso de soldadura.\n"
        "2. ⟦PERSON|Lucía⟧ pide baja por ⟦HEALTH_DATA|tendinitis en el hombro⟧ del 3 al 17 de marzo.\n"
        "3. Presupuesto material: 1.200 €, pendiente de aprobar.",
    },
    {
        "kind": "hr",
        "text": "Hazme cinco preguntas de entrevista para un docente que va a trabajar en un centro penitenciario.",
    },
    {
        "kind": "hr",
        "text": "Revisa esta evaluación y quita lo que no deba constar:\n"
        '"⟦PERSON|Yolanda Peñafiel⟧ es puntual y muy buena con las alumnas. Es ⟦TRADE_UNION_MEMBERSHIP|delegada de CCOO⟧ y a veces '
        'falta por horas sindicales. Comentó que es ⟦ETHNIC_ORIGIN|gitana⟧ y que eso le ayuda a conectar con algunas familias."',
    },
    {
        "kind": "hr",
        "text": 'Traduce al inglés: "El turno de noche de la línea de acogida queda cubierto por tres voluntarias formadas; la supervisión es los jueves."',
    },
    {
        "kind": "hr",
        "text": 'Corrige la ortografía de este mensaje de la asesoría: "hola chicos, acordaros q el modelo 303 se presenta hasta el 20 de abril, '
        "y el 130 tambien. porfa revisar los clientes de la lista B, "
        'y ⟦PERSON|Begoña Iturralde⟧ tiene ⟦HEALTH_DATA|incapacidad permanente total⟧ desde enero, ojo con las retenciones"',
    },
    {
        "kind": "hr",
        "text": "Nómina de marzo: el empleado ⟦PERSON|Cristian Roldán Espejo⟧ pide que el pago vaya a la tarjeta ⟦CREDIT_CARD|5187 7541 2102 1873⟧ "
        "porque su cuenta está embargada. ¿Se puede? Responde como asesor laboral.",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Escribe un post para Instagram de la autoescuela: 92 % de aprobados a la primera en 2025, clases prácticas también en "
        "coche automático, matrícula gratis hasta el 15 de mayo.",
    },
    {
        "kind": "marketing",
        "text": "Mejora este testimonio para la web de la autoescuela (tenemos permiso):\n"
        '"Me llamo ⟦PERSON|Alba Quintanilla⟧ y tengo ⟦HEALTH_DATA|epilepsia controlada⟧. Pensaba que nunca podría conducir; '
        'aquí me ayudaron con todo el papeleo médico."',
    },
    {
        "kind": "marketing",
        "text": "Texto para la memoria anual del programa de educación en prisión: 214 internos matriculados, 61 títulos de ESO, "
        "12 talleres. 100 palabras, tono institucional.",
    },
    {
        "kind": "marketing",
        "text": "Cuenta esta historia para la campaña de la casa de acogida, sin datos que identifiquen:\n"
        '"⟦PERSON|Rosa María Tello⟧ llegó con lo puesto. Hoy trabaja en una panadería y ha dejado ⟦HEALTH_DATA|los antidepresivos⟧."\n'
        "-> cambia el nombre por uno ficticio y quita lo médico.",
    },
    {
        "kind": "marketing",
        "text": "Propón cinco lemas para una agencia de intérpretes judiciales y de lengua de signos: rapidez, confidencialidad, 30 idiomas.",
    },
    {
        "kind": "marketing",
        "text": "Reescribe esta nota de prensa: el intérprete ⟦PERSON|Kwame Asante Berrocal⟧, ⟦ETHNIC_ORIGIN|de origen ghanés⟧, "
        "recibe el premio de la Asociación de Traductores por su trabajo en juicios de trata.",
    },
    {
        "kind": "marketing",
        "text": "Escribe un folleto breve del fondo social del agua: quién puede pedirlo, hasta 250 € al año, solicitud en la oficina "
        "virtual o presencial.",
    },
    {
        "kind": "marketing",
        "text": "Boletín de la asesoría fiscal: resume en tres puntos las novedades del IRPF 2026 (deducción por alquiler, mínimo exento, plazos).",
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Los modelos de lenguaje multilingües no rinden igual en todas las lenguas. En las pruebas publicadas, el rendimiento "
        "en español suele quedar a pocos puntos del inglés, mientras que en lenguas con menos datos de entrenamiento, como el euskera "
        "o el gallego, la diferencia puede superar los veinte puntos. Ampliar el vocabulario del tokenizador y continuar el "
        "preentrenamiento con corpus locales reduce esa brecha sin empeorar el inglés.",
    },
]
