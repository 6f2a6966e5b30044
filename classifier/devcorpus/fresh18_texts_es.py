"""Hand-written Spanish texts of the ``fresh18`` split: schools, universities, libraries, town halls, clubs, parishes and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Mensaje por la app del cole (Tokapp), CEIP Miguel Hernández, 3º A:\n"
        "Hola Lorena, te escribo por lo de la excursión a la granja escuela. ⟦PERSON|Iker Goikoetxea⟧ tiene "
        "⟦HEALTH_DATA|TEA⟧ y se agobia mucho con el ruido del autobús, ¿podría ir sentado delante con unos cascos? "
        "Gracias, ⟦PERSON|Itziar Goikoetxea⟧ ⟦PHONE_NUMBER|612 48 39 07⟧",
    },
    {
        "kind": "support",
        "text": "¿A qué hora cierra la biblioteca municipal los sábados en agosto?",
    },
    {
        "kind": "support",
        "text": "Solicitud de empadronamiento – Ayuntamiento de Sevilla, formulario web\n"
        "Nombre: ⟦PERSON|Wilson Quishpe Tenesaca⟧\nNIE: ⟦ES_NIE|X3455235Z⟧\n"
        "Domicilio: ⟦STREET_ADDRESS|Avda. de la Constitución 114, 2º izq., 41001 Sevilla⟧\n"
        "Teléfono: ⟦PHONE_NUMBER|+34 655 210 874⟧\nMotivo: alta por cambio de residencia desde Quito\n"
        "Documentos: contrato de alquiler, pasaporte",
    },
    {
        "kind": "support",
        "text": "Redacta una respuesta breve: la alumna pregunta si puede convalidar la asignatura 'Estadística I' "
        "(código 801245) del grado de Sociología con la que cursó en la Universidad de Granada. Sí, presentando la guía "
        "docente sellada antes del 31 de octubre en la secretaría virtual.",
    },
    {
        "kind": "support",
        "text": "Chat con el servicio de atención de la universidad, resume:\n"
        "[11:20] ⟦PERSON|Nerea Alcocer Ruiz⟧: hola, necesito adaptación de examen, tengo ⟦HEALTH_DATA|dislexia⟧ "
        "diagnosticada\n"
        "[11:21] agente: Claro, tienes que pedirlo en la Unidad de Atención a la Diversidad con el informe.\n"
        "[11:23] ⟦PERSON|Nerea Alcocer Ruiz⟧: vale, mi DNI es ⟦ES_NIF|98305202M⟧ por si lo necesitáis\n"
        "[11:24] agente: Perfecto, te abro la solicitud UAD-2025-1187.",
    },
    {
        "kind": "support",
        "text": "Buenas, en el polideportivo me cobraron dos veces la cuota trimestral de natación (47,50 €), "
        "recibo REC-0932-2025. ¿Cómo lo reclamo? Soy ⟦PERSON|Araceli Montoro Gil⟧, ⟦EMAIL_ADDRESS|araceli.montoro@gmail.com⟧",
    },
    {
        "kind": "support",
        "text": "Inscripción campamento de verano Scouts de Galicia, Grupo Xarife\n"
        "Participante: ⟦PERSON|Uxía Bermejo Lago⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|7 de marzo de 2012⟧\n"
        "Tutor: ⟦PERSON|Xosé Bermejo Vilas⟧, ⟦STREET_ADDRESS|Rúa do Franco 12, 15705 Santiago de Compostela⟧\n"
        "Medicación: ⟦HEALTH_DATA|levotiroxina⟧ 50 mcg en ayunas\n"
        "Pago: ⟦IBAN_CODE|ES15 8132 9089 1812 6509 8203⟧",
    },
    {
        "kind": "support",
        "text": "Reserva de visita guiada al Museo de Bellas Artes para el IES Virgen del Carmen: 2 grupos de 25, "
        "martes 11 de febrero, 10:00 y 11:30. Código de reserva MBA-ED-4471. Enviar factura al centro.",
    },
    {
        "kind": "support",
        "text": "Pago de la matrícula del curso de cerámica de la universidad popular rechazado. Tarjeta "
        "⟦CREDIT_CARD|4412 4543 8502 9882⟧, titular ⟦PERSON|Fermín Urdiales⟧. ¿Pueden volver a pasar el cargo?",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Alta de monitor – Club Deportivo Tenerife Norte\n"
        "Nombre: ⟦PERSON|Yeray Déniz Alemán⟧\nDNI: ⟦ES_NIF|93586865-A⟧\n"
        "Certificado de delitos sexuales: negativo\nCuenta: ⟦IBAN_CODE|ES93 4770 9570 6974 7011 4748⟧\n"
        "Grupo: benjamines de lucha canaria, martes y jueves",
    },
    {
        "kind": "hr",
        "text": "Acta del claustro del 12 de septiembre: se aprueban los horarios, se asignan tutorías y se recuerda "
        "que el plan de convivencia debe revisarse antes de noviembre. Ruegos y preguntas: ninguna.",
    },
    {
        "kind": "hr",
        "text": 'Hazlo más formal, es para la secretaria del instituto: "oye, que soy ⟦TRADE_UNION_MEMBERSHIP|delegada '
        'de CCOO⟧ y el jueves tengo horas sindicales, avisad a jefatura" – ⟦PERSON|Rocío Valdepeñas⟧',
    },
    {
        "kind": "hr",
        "text": "Cuadrante de voluntariado – Cáritas parroquial San Pablo: lunes ropero 10-13, miércoles acogida "
        "17-19, viernes reparto de alimentos 9-12. Necesitamos dos personas más para el viernes.",
    },
    {
        "kind": "hr",
        "text": "Informe de adaptación de puesto, Ayuntamiento de Valladolid\n"
        "Trabajadora: ⟦PERSON|Khadija Bouazzaoui⟧, auxiliar administrativa de servicios sociales\n"
        "Diagnóstico comunicado por la mutua: ⟦HEALTH_DATA|hernia discal L5-S1⟧\n"
        "Medidas: silla ergonómica, pausas cada hora, sin traslado de expedientes pesados.",
    },
    {
        "kind": "hr",
        "text": "Oferta: la Biblioteca Regional de Murcia busca técnico/a auxiliar para fines de semana, contrato de "
        "interinidad, 20 h. Requisito: título de bachillerato. Plazo hasta el 20 de enero.",
    },
    {
        "kind": "hr",
        "text": "Consulta para RR. HH. (ONG de cooperación): una candidata para el puesto de coordinadora en "
        "Bolivia nos ha dicho en la entrevista que es ⟦RELIGIOUS_BELIEF|evangélica⟧ y que su marido es pastor. "
        "¿Podemos anotarlo en la ficha? Nombre: ⟦PERSON|Débora Quispe Mamani⟧.",
    },
    {
        "kind": "hr",
        "text": "Datos para la nómina, profesor visitante portugués – Universidad de Salamanca\n"
        "Nombre: ⟦PERSON|Joaquim Ferreira da Costa⟧\nNIF portugués: ⟦PT_NIF|371368197⟧\n"
        "Domicilio fiscal: ⟦STREET_ADDRESS|Rua de Santa Catarina 310, 4000-443 Porto⟧\n"
        "IBAN: ⟦IBAN_CODE|PT02 0166 9569 7345 3815 8137 5⟧\nEstancia: 1/02 - 30/06",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Noche de los Museos en Málaga: más de 30 espacios abiertos gratis de 20:00 a 2:00, con conciertos, "
        "talleres y visitas teatralizadas. Consulta el programa en la web del Ayuntamiento.",
    },
    {
        "kind": "marketing",
        "text": "Boletín de la agrupación local, revisa el tono:\n"
        "Este mes damos la bienvenida a ⟦PERSON|Maite Arregui⟧, ⟦POLITICAL_OPINION|afiliada al PSOE⟧ desde los 18 años, "
        "que encabezará la lista en las municipales de mayo. ¡Os esperamos en la caseta de la feria!",
    },
    {
        "kind": "marketing",
        "text": "Ya están abiertas las inscripciones de la Escuela Oficial de Idiomas: inglés, francés, alemán, "
        "italiano y chino. Prueba de nivel el 10 de septiembre.",
    },
    {
        "kind": "marketing",
        "text": "Historia para la memoria anual de la Asociación Síndrome X Frágil de Aragón:\n"
        "Cuando a ⟦PERSON|Lucía Ansón⟧ le confirmaron que era portadora de la ⟦GENETIC_DATA|premutación del gen FMR1⟧, "
        "entendió por fin los problemas de su hijo. Hoy coordina el grupo de madres de la asociación.",
    },
    {
        "kind": "marketing",
        "text": "Gimnasio municipal La Almozara: matrícula gratis en septiembre y 25 €/mes para menores de 30.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio para la web del centro LGTBI de Vallecas:\n"
        '"Con 52 años le conté a mis hijos que soy ⟦SEX_LIFE_ORIENTATION|bisexual⟧. El grupo de los martes me '
        'ayudó muchísimo." – ⟦PERSON|Amparo Lledó⟧',
    },
    {
        "kind": "marketing",
        "text": "Hoja parroquial: inscripciones para la catequesis de primera comunión hasta el 30 de septiembre; "
        "misa de familias los domingos a las 12. Colecta para el Domund.",
    },
    {
        "kind": "marketing",
        "text": "Reportaje para la revista del club de atletismo: ⟦PERSON|Saúl Carmona⟧ volvió a correr tras un "
        '⟦HEALTH_DATA|infarto⟧ y este año completó la Behobia. "El cardiólogo me dijo que caminara; acabé corriendo".',
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Cómo solicitar el voto por correo en las elecciones municipales. La solicitud se presenta en "
        "cualquier oficina de Correos o por internet con certificado electrónico, desde la convocatoria hasta diez "
        "días antes de la votación. La documentación llega al domicilio del elector, que debe enviarla por correo "
        "certificado antes del tercer día previo a la elección. Quien haya pedido el voto por correo no puede votar "
        "en persona en la mesa.",
    },
]
