"""Hand-written ``fresh4`` texts in Spanish (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Hola, en la factura de la luz de octubre (n.º F25-0098127) me cobran dos veces el alquiler del contador. "
        "Mi DNI es ⟦ES_NIF|24845102L⟧. Un saludo, ⟦PERSON|Iñaki Goikoetxea⟧",
    },
    {
        "kind": "support",
        "text": "Objetos perdidos Metro Bilbao: me dejé una carpeta con informes de mi ⟦HEALTH_DATA|esclerosis múltiple⟧ "
        "en la línea 2. Si aparece, por favor envíenla a ⟦STREET_ADDRESS|Calle del Pilar, 23, 3º A, 48009 Bilbao⟧.",
    },
    {
        "kind": "support",
        "text": "¿La biblioteca municipal tiene wifi para estudiar? ¿Hasta qué hora abre en época de exámenes?",
    },
    {
        "kind": "support",
        "text": "Verificación de identidad (exchange): NIE ⟦ES_NIE|Z6161779S⟧, fecha de nacimiento "
        "⟦DATE_OF_BIRTH|11/02/1989⟧. La foto del documento sale borrosa en la app.",
    },
    {
        "kind": "support",
        "text": "Buenas, mi pedido 112-4471930 llegó roto. Adjunto fotos del embalaje. ¿Reembolso o reenvío? "
        "Pagué con la tarjeta ⟦CREDIT_CARD|2540 9947 4703 5290⟧.",
    },
    {"kind": "support", "text": "Vale, gracias, ya está solucionado."},
    {
        "kind": "support",
        "text": "Para la domiciliación: ⟦IBAN_CODE|ES66 9709 0808 5493 6477 3863⟧, titular ⟦PERSON|Lucía Prieto Gómez⟧, "
        "teléfono ⟦PHONE_NUMBER|612 448 907⟧.",
    },
    {
        "kind": "support",
        "text": "Cita previa en la Oficina de Atención Ciudadana: no encuentro huecos para empadronamiento en diciembre. "
        "¿Hay lista de espera? Soy portuguesa, mi NIF es ⟦PT_NIF|279399529⟧. ⟦PERSON|Rosa Albuquerque⟧",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "RR. HH. Hospital – baja laboral de ⟦PERSON|Marta Ibáñez⟧ (celadora) por ⟦HEALTH_DATA|hernia discal⟧, "
        "prevista hasta el 20/12. Avisar a supervisión sin indicar el diagnóstico.",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: la formación en prevención de riesgos es el jueves a las 9:30 en la sala B.",
    },
    {
        "kind": "hr",
        "text": "Acta del comité de empresa: ⟦PERSON|Rubén Escalante⟧, delegado de ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧, pide el "
        "calendario de guardias del taller.",
    },
    {
        "kind": "hr",
        "text": "Buscamos intérprete de alemán para la feria IFEMA, del 3 al 6 de marzo, jornada completa.",
    },
    {
        "kind": "hr",
        "text": "Ficha de empleada – guardería\nNombre: ⟦PERSON|Noelia Ruiz Santos⟧\nDNI: ⟦ES_NIF|17575968-N⟧\n"
        "Certificado de delitos sexuales: negativo\nObservaciones: ⟦RELIGIOUS_BELIEF|testigo de Jehová⟧, no "
        "participa en las fiestas de cumpleaños.",
    },
    {
        "kind": "hr",
        "text": "Solicitud de adaptación de puesto: ⟦PERSON|Javier Lorente⟧ aporta informe de un "
        "⟦GENETIC_DATA|test genético positivo para BRCA2⟧ y pide evitar el turno de noche.",
    },
    {
        "kind": "hr",
        "text": "Candidato ⟦PERSON|Iván Morales⟧: en la entrevista comentó que tiene ⟦CRIMINAL_RECORD|antecedentes "
        "penales por un delito contra la seguridad vial⟧; el puesto requiere conducir.",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Sofía⟧ pide reducción de jornada porque su hija tiene ⟦HEALTH_DATA|diabetes tipo 1⟧.",
    },
    {
        "kind": "hr",
        "text": "nombre;dni;puesto;observaciones\n⟦PERSON|Pilar Navarro Gil⟧;⟦ES_NIF|32184837-V⟧;recepción feria;"
        "⟦HEALTH_DATA|alergia al látex⟧\n⟦PERSON|Jorge Herrera⟧;⟦ES_NIE|Y3480111H⟧;montaje stand;\n"
        "⟦PERSON|Ainhoa Urrutia⟧;⟦ES_NIF|82675380-V⟧;azafata;no come cerdo (⟦RELIGIOUS_BELIEF|musulmana⟧)",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Tarifa Luz Fija 12: mismo precio todo el año y sin permanencia. Contrátala online.",
    },
    {
        "kind": "marketing",
        "text": "Visítanos en FITUR, pabellón 8, stand 8C12. Sorteo de un viaje cada día a las 17 h.",
    },
    {
        "kind": "marketing",
        "text": "«La boda fue perfecta, y pensaron en todo: menú ⟦RELIGIOUS_BELIEF|halal⟧ para mi familia.» – "
        "⟦PERSON|Fátima⟧ y ⟦PERSON|Álvaro⟧",
    },
    {
        "kind": "marketing",
        "text": "Piso en venta en Valencia, barrio de Ruzafa: 3 habitaciones, 95 m², ascensor. Certificado energético E. "
        "Contacto: ⟦PERSON|Enrique Soler⟧, ⟦PHONE_NUMBER|963 41 27 80⟧.",
    },
    {
        "kind": "marketing",
        "text": "Tu correduría de seguros de confianza: comparamos 30 aseguradoras. Pide tu presupuesto gratis.",
    },
    {
        "kind": "marketing",
        "text": "Residencia de mayores Los Almendros: plazas de respiro familiar en verano. Llámenos sin compromiso.",
    },
    {
        "kind": "marketing",
        "text": "¡Enhorabuena a ⟦PERSON|Carmen Valdivieso⟧, ganadora del sorteo! Te escribiremos a "
        "⟦EMAIL_ADDRESS|carmen.villalobos@gmail.com⟧.",
    },
    {
        "kind": "marketing",
        "text": "Taller Hermanos Díaz: cambio de aceite y filtro desde 59 €. Revisión pre-ITV gratuita en noviembre.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Los modelos de embeddings convierten un texto en un vector de, por ejemplo, 768 dimensiones. La similitud "
        "del coseno entre dos vectores sirve para buscar documentos parecidos sin depender de palabras exactas.",
    },
]
