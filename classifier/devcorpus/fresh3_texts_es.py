"""Split ``fresh3``, Spanish: support mail and chat, HR and marketing written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Hola, buenas tardes:

Mi vuelo IB 3412 Madrid-Lisboa salió con cinco horas de retraso el pasado 3 de noviembre. Según el reglamento europeo me corresponde una compensación de 250 EUR. Localizador: TRF92Q. Adjunto las tarjetas de embarque.

Un saludo""",
    },
    {
        "kind": "support",
        "text": """Buenos días,

Quisiera empadronarme en la nueva vivienda: ⟦STREET_ADDRESS|Calle Ercilla, 23, 4º dcha., 48009 Bilbao⟧. Mi DNI es ⟦ES_NIF|24345358L⟧ y el de mi pareja, ⟦PERSON|Aitor Etxeberria⟧, ⟦ES_NIF|24574224N⟧. ¿Hace falta cita previa o podemos ir directamente a la OAC?

Gracias,
⟦PERSON|Nerea Goikoetxea⟧
⟦PHONE_NUMBER|688 41 27 03⟧""",
    },
    {
        "kind": "support",
        "text": """Me han cargado dos veces la cuota del gimnasio este mes (2 x 39,90). Socio 55182. ¿Me lo devolvéis en la próxima cuota o por transferencia?""",
    },
    {
        "kind": "support",
        "text": """Asunto: Cargo no reconocido

Hola, en la app me aparece un cargo de 780,00 EUR en una tienda de Ámsterdam que yo no he hecho. Mi tarjeta es la ⟦CREDIT_CARD|3743 028748 14583⟧ y sigo teniéndola conmigo. Ya la he bloqueado desde la app. Cuenta asociada: ⟦IBAN_CODE|ES48 7804 4979 0591 0361 0745⟧.

Mi móvil es el ⟦PHONE_NUMBER|+34 612 448 903⟧.
⟦PERSON|Javier Montoya Calvo⟧""",
    },
    {
        "kind": "support",
        "text": """Hola, ¿tenéis ⟦HEALTH_DATA|Sintrom⟧ de 4 mg? Mi padre lo toma desde que le pusieron la ⟦HEALTH_DATA|válvula mecánica⟧ y en nuestra farmacia no les llega hasta el lunes.""",
    },
    {
        "kind": "support",
        "text": """Hola ⟦PERSON|Oihane⟧, te reenvío el correo del cliente inglés:

> Hi, we ordered 40 units (order ES-2025-09917) but only 36 arrived in Valencia. Could you send the remaining 4 by express? Thanks, ⟦PERSON|Martin Caldwell⟧, ⟦EMAIL_ADDRESS|m.caldwell@brightwaterfoods.co.uk⟧

¿Puedes ver con almacén si salen mañana?
Gracias""",
    },
    {
        "kind": "support",
        "text": """Confirmamos la portabilidad de su línea. El cambio de operador se realizará el 02/12 entre las 2:00 y las 6:00. Durante ese tiempo puede quedarse sin cobertura.""",
    },
    {
        "kind": "support",
        "text": """Buenas, soy ⟦PERSON|Macarena⟧, paciente de la Dra. ⟦PERSON|Salvatierra⟧. Os escribo porque estoy ⟦HEALTH_DATA|embarazada⟧ de 14 semanas y no sé si puedo seguir con los ejercicios de suelo pélvico del programa. ¿Me llamáis al ⟦PHONE_NUMBER|622 109 874⟧? Gracias!""",
    },
    {
        "kind": "support",
        "text": """El pedido 7781-ESP ya ha salido del almacén de Zaragoza. Llegará mañana entre las 9 y las 14 h. Puede seguir el envío con el número 0082 4419 2037.""",
    },
    {
        "kind": "support",
        "text": """Buenas tardes, soy residente extranjero y necesito el certificado de empadronamiento para renovar la tarjeta. NIE ⟦ES_NIE|Z5048255J⟧, ⟦PERSON|Andrei Popescu⟧, ⟦STREET_ADDRESS|Avenida de la Constitución 18, 3º izq., 41001 Sevilla⟧. Fecha de nacimiento: ⟦DATE_OF_BIRTH|4 de mayo de 1990⟧.""",
    },
    {
        "kind": "support",
        "text": """No puedo acceder al portal del empleado desde casa, me da error 403. Desde la oficina funciona bien. ¿Hay que activar la VPN?""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Ficha de alta - ETT

Nombre: ⟦PERSON|Yolanda Cifuentes Ramos⟧
DNI: ⟦ES_NIF|15928138V⟧
Fecha de nacimiento: ⟦DATE_OF_BIRTH|11/09/1988⟧
Domicilio: ⟦STREET_ADDRESS|C/ San Vicente Mártir, 112, 2º, 46007 Valencia⟧
Cuenta: ⟦IBAN_CODE|ES16 8672 6046 5251 9437 2073⟧
Puesto: mozo de almacén, contrato por circunstancias de la producción""",
    },
    {
        "kind": "hr",
        "text": """Os recuerdo que el plazo para pedir las vacaciones de verano termina el 31 de marzo. Se asignarán por orden de solicitud y respetando los turnos mínimos.""",
    },
    {
        "kind": "hr",
        "text": """Hola ⟦PERSON|Ainhize⟧, te informo de que ⟦PERSON|Sergio Aranda⟧ está de baja desde el lunes por ⟦HEALTH_DATA|hernia discal⟧. El parte de baja lo ha enviado la mutua. Calcula unas seis semanas. ¿Quién cubre su ruta de reparto?""",
    },
    {
        "kind": "hr",
        "text": """Acta de la reunión con el comité de empresa. Asisten por la parte social ⟦PERSON|Juan Carlos Menéndez⟧ (⟦TRADE_UNION_MEMBERSHIP|CCOO⟧) y ⟦PERSON|Pilar Ortega⟧ (⟦TRADE_UNION_MEMBERSHIP|UGT⟧). Se acuerda la nueva distribución de turnos para el año 2026.""",
    },
    {
        "kind": "hr",
        "text": """Buscamos enfermero/a para residencia de mayores en Getafe. Turno de noche, 35 horas semanales, incorporación inmediata. Se valorará experiencia en geriatría.""",
    },
    {
        "kind": "hr",
        "text": """Currículum

⟦PERSON|Daniela Ortiz Peña⟧ · ⟦EMAIL_ADDRESS|daniela.ortizp@gmail.com⟧ · ⟦PHONE_NUMBER|655 302 118⟧
Nacionalidad: venezolana, NIE ⟦ES_NIE|X5233351T⟧
Experiencia: 2020-2025 administrativa en Gestoría Albéniz (Málaga); 2016-2020 recepcionista en hotel.
Idiomas: español nativo, inglés B2.""",
    },
    {
        "kind": "hr",
        "text": """El certificado de antecedentes penales de ⟦PERSON|Rubén Castaño⟧ indica una ⟦CRIMINAL_RECORD|condena por delito contra la seguridad vial⟧ de 2021. Para el puesto de conductor no podemos seguir adelante.""",
    },
    {
        "kind": "hr",
        "text": """La cena de Navidad será el viernes 19 de diciembre en el restaurante de siempre. Apuntaos en la hoja de la sala de descanso antes del día 10, indicando si tenéis alguna alergia.""",
    },
    {
        "kind": "hr",
        "text": """Nota interna: ⟦PERSON|Fátima El Amrani⟧ solicita no trabajar los viernes por la tarde por motivos religiosos (es ⟦RELIGIOUS_BELIEF|musulmana⟧). También pide adaptar el uniforme para poder llevar ⟦RELIGIOUS_BELIEF|hiyab⟧. Recursos Humanos no ve inconveniente.""",
    },
    {
        "kind": "hr",
        "text": """Trabajador desplazado a Oporto: ⟦PERSON|Tiago Ferreira⟧, NIF portugués ⟦PT_NIF|282994696⟧, IBAN ⟦IBAN_CODE|PT34 9470 0503 0158 4678 4951 9⟧. Dieta diaria según convenio.""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """¡Llega el Black Friday! Hasta un 50% de descuento en móviles, tablets y accesorios. Envío gratis en 24 h y devolución hasta el 15 de enero.""",
    },
    {
        "kind": "marketing",
        "text": """Nueva clínica de fisioterapia en Chamberí: suelo pélvico, fisioterapia deportiva y osteopatía. Primera valoración gratuita hasta final de mes.""",
    },
    {
        "kind": "marketing",
        "text": """"Con Rutalia hemos reducido un 18% los kilómetros en vacío de nuestra flota." - ⟦PERSON|Ignacio Barrenechea⟧, director de operaciones de Transportes Urola

Contacta con nuestra comercial ⟦PERSON|Marina Soler⟧ en el ⟦PHONE_NUMBER|+34 931 882 406⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Parroquia de Santa Ana: el sábado 20 de diciembre celebramos la Misa del Gallo con el coro parroquial. Después habrá chocolate con churros en el salón.""",
    },
    {
        "kind": "marketing",
        "text": """Nuestro chatbot con IA (Llama 3 y Mistral, alojados en Madrid) atiende a tus clientes en castellano, catalán, euskera y gallego. Pruébalo gratis 30 días.""",
    },
    {
        "kind": "marketing",
        "text": """Mitin de cierre de campaña con ⟦PERSON|Alberto Núñez Ribas⟧ el viernes a las 19:00 en el Palacio de Congresos. Inscripción de voluntarios: ⟦EMAIL_ADDRESS|voluntarios@nunezribas2026.es⟧""",
    },
    {
        "kind": "marketing",
        "text": """Espacio de coworking en Poblenou: mesas fijas desde 180 EUR/mes, salas para 12 personas y terraza. Visitas guiadas los martes y jueves.""",
    },
    {
        "kind": "marketing",
        "text": """Felicidades a ⟦PERSON|Carmen Villalobos⟧, ganadora del sorteo de Navidad: una cesta de productos ibéricos y dos noches en Ronda.""",
    },
    {
        "kind": "marketing",
        "text": """Tarifa Fibra 1 Gb + móvil con 100 GB por 35 EUR al mes. Sin permanencia. Trae tu número y te regalamos el router mesh.""",
    },
    {
        "kind": "marketing",
        "text": """Clases de spinning, yoga y HIIT en nuestro nuevo centro de Triana. Matrícula gratis en enero y primera semana de prueba sin compromiso.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Asunto: RE: Reclamación seguro de viaje - expediente VJ-2025-55301

Estimado Sr. ⟦PERSON|Montoya⟧:

Hemos recibido la documentación de la asistencia médica que recibió durante su viaje a Lisboa. Según el informe del Hospital de Santa Maria, fue atendido el 8 de noviembre por una ⟦HEALTH_DATA|apendicitis aguda⟧ y operado de urgencia (⟦HEALTH_DATA|apendicectomía laparoscópica⟧). La póliza cubre los gastos hospitalarios y el regreso anticipado de su acompañante.

Para proceder al pago necesitamos:
- copia de su DNI (nos indica ⟦ES_NIF|95070267C⟧; el sistema lo valida correctamente);
- las facturas originales del hospital en portugués;
- el número de cuenta donde desea recibir el reembolso.

Le recordamos que los gastos de farmacia posteriores al alta (⟦HEALTH_DATA|antibióticos⟧) se reembolsan hasta 300 EUR.

Atentamente,
⟦PERSON|Elena Robles⟧
Departamento de Siniestros

> El 25/11/2025, ⟦PERSON|Javier Montoya Calvo⟧ <⟦EMAIL_ADDRESS|jmontoyacalvo@yahoo.es⟧> escribió:
> Adjunto el informe y las facturas. La cuenta es ⟦IBAN_CODE|ES42 6423 1302 2616 8054 6702⟧. Mi mujer tuvo que cambiar el vuelo de vuelta y pagó 240 EUR más. Gracias.""",
    },
    {
        "kind": "support",
        "text": """oye, ¿me pasas la clave del wifi de la sala de reuniones? creo que la cambiaron a ⟦PASSWORD|Girasol_2025!⟧ pero no me funciona""",
    },
    {
        "kind": "hr",
        "text": """Informe de incidencia - Centro logístico de Coslada

El trabajador ⟦PERSON|Manuel Heredia Fajardo⟧ (NIE no aplica, DNI ⟦ES_NIF|86374726-C⟧) comunica que un compañero le llamó "gitano" de forma despectiva en el muelle 4. El Sr. ⟦PERSON|Heredia⟧ es de etnia ⟦ETHNIC_ORIGIN|gitana⟧ y pide que conste en el expediente.

Por otra parte, el acceso a la zona de alto valor se hará a partir de enero con ⟦BIOMETRIC_DATA|huella dactilar⟧; el comité de empresa (⟦PERSON|Rosa Valdés⟧, delegada de ⟦TRADE_UNION_MEMBERSHIP|CGT⟧) ha solicitado la evaluación de impacto antes de implantarlo.

Se propone reunión de mediación el 4 de diciembre.""",
    },
    {
        "kind": "hr",
        "text": """Solicitud de excedencia de ⟦PERSON|Laura Campos⟧ para trabajar en la campaña electoral de ⟦POLITICAL_OPINION|Sumar⟧ en Andalucía, de enero a junio.""",
    },
    {
        "kind": "marketing",
        "text": """Os presentamos a ⟦PERSON|Nuria Castells⟧, nuestra nueva entrenadora personal en el centro de Gràcia. Reserva tu primera sesión gratis escribiéndole a ⟦EMAIL_ADDRESS|nuria.castells@movefit.es⟧ o por WhatsApp al ⟦PHONE_NUMBER|644 210 873⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Gracias a ⟦PERSON|Remedios Iglesias Paredes⟧, vecina del barrio desde hace 60 años, por compartir sus recetas en nuestro libro solidario. Todo lo recaudado irá al comedor social.""",
    },
    {
        "kind": "hr",
        "text": """⟦PERSON|Noelia Prieto⟧ pide que su esposa figure como beneficiaria del seguro de vida. Nos comenta que es ⟦SEX_LIFE_ORIENTATION|lesbiana⟧, que se casaron en 2019 y que prefiere que no se comente en el departamento.""",
    },
    {
        "kind": "support",
        "text": """Hola, soy ⟦PERSON|Iñaki Zubiaurre⟧, me he cambiado de correo, a partir de ahora usad ⟦EMAIL_ADDRESS|izubiaurre@euskaltel.net⟧ para las facturas.""",
    },
    {
        "kind": "marketing",
        "text": """Este mes te presentamos a ⟦PERSON|Abril Santamaría⟧, nuestra nueva fisioterapeuta especializada en suelo pélvico. Pide cita al ⟦PHONE_NUMBER|915 472 306⟧.""",
    },
    {
        "kind": "docs",
        "text": """Configuración del servidor

El servicio lee su configuración de variables de entorno. DATABASE_URL indica la base de datos PostgreSQL, REDIS_URL la caché y WORKERS el número de procesos (por defecto, dos por núcleo). Para producción se recomienda activar TLS en el proxy inverso y limitar el tamaño de las peticiones a 10 MB.""",
    },
]
