"""Hand-written Spanish texts of the held-out split fresh26: juzgados, SEPE, Seguridad Social, Hacienda y atención a víctimas."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "¿Se puede pedir cita previa en el SEPE por teléfono o solo por internet?"},
    {
        "kind": "support",
        "text": 'Resume este mensaje para el juzgado: "Soy ⟦PERSON|Eulalia Carbajosa Ndiaye⟧, DNI ⟦ES_NIF|59354315D⟧. No puedo declarar el lunes porque tengo ⟦HEALTH_DATA|una fractura de cadera⟧. Mi teléfono es ⟦PHONE_NUMBER|612 384 907⟧."',
    },
    {
        "kind": "support",
        "text": "[16:40] ciudadano: hola, me llegó una carta de Hacienda sobre la renta 2023\n[16:41] agente: ¿Es un requerimiento o una propuesta de liquidación?\n[16:41] ciudadano: propuesta creo, ya lo miro, gracias",
    },
    {
        "kind": "support",
        "text": "Traduce al inglés: ⟦PERSON|Wenceslao Iturriaga⟧, NIE ⟦ES_NIE|Y2721949M⟧, solicita el ingreso mínimo vital. Cuenta: ⟦IBAN_CODE|ES55 1499 9409 6527 5609 7865⟧. Domicilio: ⟦STREET_ADDRESS|Calle Almirante Cadarso 8, 46005 Valencia⟧.",
    },
    {
        "kind": "support",
        "text": "¿Qué documentos necesito para inscribir una compraventa en el Registro de la Propiedad?",
    },
    {
        "kind": "support",
        "text": "Oficina de objetos perdidos de la Policía Municipal: hemos encontrado una cartera con documentación portuguesa a nombre de ⟦PERSON|Gonçalo Amaral Teixeira⟧, NIF ⟦PT_NIF|345381076⟧. Puede recogerla en la comisaría de Tetuán.",
    },
    {
        "kind": "support",
        "text": "La Oficina de Asistencia a las Víctimas informa sobre derechos, acompaña a juicio y deriva a recursos psicológicos. Es un servicio gratuito.",
    },
    {
        "kind": "support",
        "text": "Mi padre ⟦PERSON|Anselmo Gorostiza⟧ está en el centro penitenciario de Soto del Real y necesita ⟦HEALTH_DATA|diálisis⟧ tres veces por semana, ¿a quién me dirijo?",
    },
    {
        "kind": "hr",
        "text": "Currículum – ⟦PERSON|Inmaculada Ferrándiz Okafor⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|03/06/1990⟧\n⟦EMAIL_ADDRESS|inma.ferrandiz@correo-abierto.es⟧\nTramitadora procesal, Juzgado de lo Social nº 4 de Sevilla (2018–)\nAfiliada a ⟦TRADE_UNION_MEMBERSHIP|CSIF⟧",
    },
    {
        "kind": "hr",
        "text": "Convocatoria: plazas de educador social en centros de menores de la Comunidad. Requisitos: grado en Educación Social, certificado de delitos sexuales negativo.",
    },
    {
        "kind": "hr",
        "text": "Informe confidencial: ⟦PERSON|Baltasar Quiñones⟧, funcionario de prisiones en Alcalá, está de baja por ⟦HEALTH_DATA|depresión⟧ desde enero.",
    },
    {
        "kind": "hr",
        "text": "Acta de reunión – Servicios Sociales de Getafe, 21 de febrero\nAsistentes: ⟦PERSON|Remedios Villalustre⟧, ⟦PERSON|Aitor Echeverría Sow⟧\n1. Expedientes de protección abiertos: 22\n2. Turnos de guardia",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: el curso de lenguaje claro para personal de la Seguridad Social empieza el 5 de marzo. Inscripción en la intranet.",
    },
    {
        "kind": "hr",
        "text": "Retrato de equipo: ⟦PERSON|Covadonga Elizalde⟧ lleva doce años en la oficina de empleo de Oviedo. Dice que lo mejor es cuando alguien consigue su primer contrato.",
    },
    {
        "kind": "hr",
        "text": "El nuevo fichaje de la Agencia Tributaria usa ⟦BIOMETRIC_DATA|la huella dactilar⟧ de ⟦PERSON|Nerea Calzadilla⟧ y del resto del equipo; ella ha pedido un método alternativo.",
    },
    {
        "kind": "hr",
        "text": "Perfil del puesto: gestor de expedientes en la Oficina del Censo Electoral. Tareas: depuración del censo, atención de reclamaciones, apoyo en jornadas electorales.",
    },
    {
        "kind": "marketing",
        "text": "Asesoría jurídica gratuita para mujeres migrantes: extranjería, violencia de género y derecho laboral. Martes y jueves de 10 a 14.",
    },
    {
        "kind": "marketing",
        "text": '"Después de ⟦CRIMINAL_RECORD|cumplir condena por hurtos⟧, el programa me dio una segunda oportunidad." – ⟦PERSON|Isidro Mendaro⟧, hoy jardinero municipal',
    },
    {
        "kind": "marketing",
        "text": "Tu jubilación, a un clic: consulta tu vida laboral y simula tu pensión desde la sede electrónica.",
    },
    {
        "kind": "marketing",
        "text": "Boletín de la asociación pro derechos humanos: balance anual de las visitas a centros de internamiento y nuevas guías de derechos para personas detenidas.",
    },
    {
        "kind": "marketing",
        "text": "Historias que inspiran: ⟦PERSON|Yaiza Montesdeoca⟧, ⟦ETHNIC_ORIGIN|gitana⟧ y primera de su familia en estudiar Derecho, hoy es abogada del turno de oficio en Las Palmas.",
    },
    {
        "kind": "marketing",
        "text": "Campaña de la Renta: ayúdanos a ayudarte. Pide cita y presenta tu declaración con el apoyo de nuestro personal.",
    },
    {
        "kind": "marketing",
        "text": "Voluntariado en prisiones: talleres de lectura, deporte y música. Buscamos personas comprometidas para el próximo curso.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio (borrador interno): ⟦PERSON|Joaquín Barrenechea⟧, ⟦POLITICAL_OPINION|militante independentista⟧, agradece a la fundación su defensa en el juicio por desórdenes públicos.",
    },
    {
        "kind": "docs",
        "text": "LexNET permite a los profesionales de la justicia presentar escritos y recibir notificaciones electrónicas. El acceso requiere certificado digital reconocido. Los documentos deben adjuntarse en PDF/A con OCR.",
    },
    {
        "kind": "support",
        "text": "Buenas, soy ⟦PERSON|Primitiva Arrizabalaga⟧ y necesito el certificado de pensiones, mi correo: ⟦EMAIL_ADDRESS|primi.arrizabalaga@buzon-web.es⟧",
    },
    {
        "kind": "support",
        "text": "Hola, soy ⟦PERSON|Hermenegildo Sáez Loba⟧, ¿puedo pedir la prestación si estoy ⟦HEALTH_DATA|en tratamiento de quimioterapia⟧?",
    },
]
