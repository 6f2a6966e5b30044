"""Hand-written Spanish texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Resume el parte para el perito:\nAsegurado ⟦PERSON|Baltasar Echeverría Quintana⟧, DNI ⟦ES_NIF|80809569-N⟧, "
        "póliza de hogar 2214-VAL. Incendio en la cocina de ⟦STREET_ADDRESS|calle Cirilo Amorós 41, 46004 Valencia⟧. "
        "Sufrió ⟦HEALTH_DATA|quemaduras de segundo grado en la mano⟧. Abono en ⟦IBAN_CODE|ES37 2708 1779 3385 5894 9403⟧.",
    },
    {
        "kind": "support",
        "text": "Contesta al cliente: el pedido 6620-ES de jamón ibérico sale mañana con SEUR, entrega en 48 h. Cliente: ⟦PERSON|Casilda Montesinos⟧, ⟦EMAIL_ADDRESS|casilda.montesinos@gmail.com⟧.",
    },
    {
        "kind": "support",
        "text": "Reserva del hotel rural, prepara respuesta:\n«Hola, soy ⟦PERSON|Remedios Alcántara⟧. Mi hija tiene "
        "⟦HEALTH_DATA|alergia grave a los frutos secos⟧, llevamos ⟦HEALTH_DATA|adrenalina autoinyectable⟧. ¿Puede la cocina garantizarlo?» "
        "Tel. ⟦PHONE_NUMBER|612 48 93 07⟧",
    },
    {
        "kind": "support",
        "text": "Ticket 40912: el lector no recibe la edición impresa del domingo desde hace dos semanas, zona Chamberí.",
    },
    {
        "kind": "support",
        "text": "Chat del seguro de decesos, resume:\ncliente: soy ⟦PERSON|Inmaculada Setién⟧, quiero añadir a mi madre\n"
        "agente: ¿NIE?\ncliente: ⟦ES_NIE|Z9791145G⟧\ncliente: ella es ⟦RELIGIOUS_BELIEF|testigo de Jehová⟧, el sepelio sin ceremonia religiosa de la parroquia por favor",
    },
    {
        "kind": "support",
        "text": "Traduce al inglés: «Las toallas de piscina se recogen en recepción con la pulsera.»",
    },
    {
        "kind": "support",
        "text": "El cliente ⟦PERSON|Pancracio Ibarguren⟧ dice que la cesta de frutas llegó con mangos pasados, pedido FR-3391. Ofrece reembolso parcial.",
    },
    {
        "kind": "support",
        "text": "Clasifica: «No puedo canjear los puntos del club en la tienda de Zaragoza, me sale error 502».",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Extracto de CV para camarera de pisos:\n⟦PERSON|Yolanda Cifuentes Barral⟧, 5 temporadas en Ibiza, "
        "⟦EMAIL_ADDRESS|yoli.cifuentes@hotmail.es⟧, disponible desde abril.",
    },
    {
        "kind": "hr",
        "text": "Acta de reunión con el mozo de almacén, redáctala neutra:\n⟦PERSON|Eusebio Marrero⟧ pide cambio de turno por "
        "⟦HEALTH_DATA|apnea del sueño⟧, usa ⟦HEALTH_DATA|CPAP⟧. Asiste el delegado de ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧.",
    },
    {
        "kind": "hr",
        "text": "Oferta de empleo: recolectores para la campaña de la fresa en Huelva, alojamiento incluido.",
    },
    {
        "kind": "hr",
        "text": "Ficha de alta, revisa:\nNombre: ⟦PERSON|Aitor Urrutikoetxea⟧\nDNI: ⟦ES_NIF|78463059P⟧\n"
        "Cuenta: ⟦IBAN_CODE|ES09 1100 9317 4796 6680 3606⟧\nAfiliación: ⟦POLITICAL_OPINION|militante de EH Bildu⟧ (lo puso él en el formulario, ¿lo borramos?)",
    },
    {
        "kind": "hr",
        "text": "Reescribe el aviso: la cantina del personal cierra en agosto, habrá vales de comida.",
    },
    {
        "kind": "hr",
        "text": "Nota de RR. HH. para la jefa de sala:\n⟦PERSON|Covadonga Piñeiro⟧ vuelve de baja por "
        "⟦HEALTH_DATA|ansiedad⟧; el médico recomienda no cerrar sola el restaurante. Ha contado que su pareja ⟦PERSON|Lucía Arteaga-Ezcurra⟧ "
        "la recoge; son ⟦SEX_LIFE_ORIENTATION|pareja de hecho lesbiana⟧, no hace falta mencionarlo.",
    },
    {
        "kind": "hr",
        "text": "Evaluación del recepcionista nocturno: puntual, buen inglés, mejorar el cierre de caja. Empleado: ⟦PERSON|Leandro Villagrasa⟧.",
    },
    {
        "kind": "hr",
        "text": "Informe de antecedentes del repartidor:\n⟦PERSON|Wilmer Cangas⟧\nResultado: ⟦CRIMINAL_RECORD|condena por robo con fuerza, 2020⟧\n"
        "Origen declarado: ⟦ETHNIC_ORIGIN|gitano⟧ (campo de diversidad, opcional)",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post para la almazara: aceite de la nueva cosecha ya disponible, visitas guiadas los sábados.",
    },
    {
        "kind": "marketing",
        "text": "Tres eslóganes para el seguro de mascotas, tono cercano.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio para la web: «Tras mi ⟦HEALTH_DATA|trasplante de riñón⟧ pensé que no podría volver a viajar; "
        "la agencia lo organizó todo con la diálisis.» – ⟦PERSON|Florencio Abad⟧, Logroño",
    },
    {
        "kind": "marketing",
        "text": "Nota de prensa de la editorial: novela gráfica sobre la trashumancia, presentación en Cáceres el 3 de mayo.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter de la bodega: vendimia nocturna, catas en septiembre, 10 % para socios del club.",
    },
    {
        "kind": "marketing",
        "text": "Descripción de producto: alpargatas de yute hechas en La Rioja, suela cosida a mano.",
    },
    {
        "kind": "marketing",
        "text": "Texto para la campaña de Semana Santa del supermercado, torrijas y bacalao, sin referencias religiosas concretas.",
    },
    {
        "kind": "marketing",
        "text": "Caso de éxito: la app de fidelización usa ⟦BIOMETRIC_DATA|huella dactilar⟧ para pagar; cliente piloto ⟦PERSON|Nieves Olabarría⟧ la probó en Bilbao.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Los modelos de embeddings convierten un texto en un vector numérico; textos con significado parecido quedan "
        "cerca. Se usan para búsqueda semántica, agrupación y detección de duplicados.",
    },
]
