"""Hand-written Spanish texts of the ``fresh21`` split: operadoras, repartidores, plataformas de empleo, soporte de videojuegos, centros de datos."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Hola, me han hecho un duplicado de SIM sin mi permiso y me han vaciado la cuenta del banco. Soy ⟦PERSON|Inmaculada Roldán Vives⟧, DNI ⟦ES_NIF|86850631-D⟧, línea ⟦PHONE_NUMBER|622 418 097⟧. Ya he puesto denuncia en la Guardia Civil. ¿Qué hago ahora?",
    },
    {
        "kind": "support",
        "text": "[19:20] Repartidor: buenas, la app no me deja conectarme, dice 'verificación facial pendiente'\n[19:21] Soporte ⟦PERSON|Lucía⟧: Hola! Hemos actualizado la verificación. Haz un selfie nuevo desde Perfil > Seguridad.\n[19:24] Repartidor: hecho\n[19:25] Soporte ⟦PERSON|Lucía⟧: Listo, ya puedes conectarte. ¡Buen turno!",
    },
    {
        "kind": "support",
        "text": "Extrae en JSON nombre, NIE, teléfono y motivo:\n\n«Buenos días, me llamo ⟦PERSON|Oleksandr Pylypchuk⟧, NIE ⟦ES_NIE|Z9211132M⟧, móvil ⟦PHONE_NUMBER|+34 681 902 354⟧. Me desactivaron la cuenta de repartidor tras una caída en moto; estuve de baja por ⟦HEALTH_DATA|esguince cervical⟧ y ahora no puedo volver a entrar.»",
    },
    {
        "kind": "support",
        "text": "¿Cuánto tarda la portabilidad de un número fijo? Tengo el pedido 4410982.",
    },
    {
        "kind": "support",
        "text": "Apelación de baneo\nUsuario: ElChiringuito_88\nMotivo del baneo: uso de exploits en ranked (informe #EX-30211)\nMi versión: el bug apareció solo, no lo provoqué. Tengo el vídeo de la partida.\nCorreo: ⟦EMAIL_ADDRESS|pablo.quintanilla.r@gmail.com⟧",
    },
    {
        "kind": "support",
        "text": "Reclamación factura 2024-ES-118420: me cobran 45,80 € de roaming en Andorra. Datos para el abono: titular ⟦PERSON|Begoña Arrieta Zubiri⟧, IBAN ⟦IBAN_CODE|ES10 2837 6588 2622 5740 6117⟧.",
    },
    {
        "kind": "support",
        "text": "Estimado cliente, hemos detectado un acceso sospechoso a su panel de hosting desde una IP de otro país. Por seguridad hemos forzado el cambio de contraseña. Si no ha sido usted, contacte con soporte indicando el ticket HST-77102.",
    },
    {
        "kind": "support",
        "text": "Buenas, soy profe en la plataforma y un alumno me pide adaptar el examen final porque tiene ⟦HEALTH_DATA|dislexia⟧. Se llama ⟦PERSON|Iker Arrizabalaga⟧, curso SQL-204. ¿Cómo activo el tiempo extra?",
    },
    {
        "kind": "hr",
        "text": "Ficha de alta – técnico de guardia CPD Madrid\nNombre: ⟦PERSON|Rubén Carrasco Olmedo⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|22/07/1991⟧\nDNI: ⟦ES_NIF|60831425J⟧\nDomicilio: ⟦STREET_ADDRESS|Calle de Embajadores 112, 3º B, 28045 Madrid⟧\nTeléfono: ⟦PHONE_NUMBER|699 301 428⟧\nAcceso CPD: alta de ⟦BIOMETRIC_DATA|huella dactilar⟧ en el lector de la sala 2",
    },
    {
        "kind": "hr",
        "text": "Acta del comité de empresa, 3 de junio\n1. Guardias de fin de semana: se pagarán a 90 € por día.\n2. Teletrabajo: se mantiene el 60 %.\n3. Se aprueba el calendario de vacaciones de verano.",
    },
    {
        "kind": "hr",
        "text": "Hola ⟦PERSON|Marta⟧, te aviso de que ⟦PERSON|Samira El Amrani⟧ me ha pedido no tener turnos de tarde durante el ⟦RELIGIOUS_BELIEF|Ramadán⟧ porque hace el ayuno. ¿Podemos cuadrarlo con el equipo de soporte?",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Alejandro Mbemba Ruiz⟧ – ⟦EMAIL_ADDRESS|alex.mbemba@protonmail.com⟧ – Sevilla\nCustomer Success Manager en SaaS de logística (2021–hoy)\nAccount Manager en plataforma de empleo (2018–2021)\nGrado en ADE, Universidad de Sevilla. Inglés C1, francés B2.",
    },
    {
        "kind": "hr",
        "text": "Nota de RR. HH.: ⟦PERSON|Nerea Castaño⟧ ha comunicado que es afiliada a ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧ y se presenta como delegada en las elecciones sindicales del centro de Getafe.",
    },
    {
        "kind": "hr",
        "text": "Traduce al inglés para el cliente: «El técnico ⟦PERSON|Jordi Puigvert⟧ estará de baja dos semanas por ⟦HEALTH_DATA|una operación de rodilla⟧. Lo sustituye otro técnico del mismo nivel en el helpdesk.»",
    },
    {
        "kind": "hr",
        "text": "Informe de verificación de antecedentes – repartidor\nCandidato: ⟦PERSON|Víctor Manuel Segura⟧\nResultado: ⟦CRIMINAL_RECORD|antecedentes por hurto (2018), cancelables⟧\nDecisión: apto para reparto en bici, revisión en 6 meses.",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: las solicitudes de vacaciones de agosto deben registrarse en el portal antes del 15 de junio.",
    },
    {
        "kind": "marketing",
        "text": "Tarifa Viajero: 25 GB en toda la UE y llamadas a Latinoamérica incluidas por 15 €/mes. Sin permanencia.",
    },
    {
        "kind": "marketing",
        "text": "«Encontré mi trabajo actual en la plataforma en menos de un mes y sin mandar cien currículums.» – ⟦PERSON|Lorena Villalobos⟧, desarrolladora backend en Valencia",
    },
    {
        "kind": "marketing",
        "text": "Reparte con nosotros en Barcelona. Tú eliges tus horas, cobras cada semana y tienes seguro de accidentes desde el primer pedido.",
    },
    {
        "kind": "marketing",
        "text": "Conoce a nuestro equipo: ⟦PERSON|Fernando Quiroga⟧ lidera la respuesta ante incidentes desde Bilbao. Lleva 15 años persiguiendo ransomware y aún le quedan ganas de hacer surf los domingos.",
    },
    {
        "kind": "marketing",
        "text": "Servidores dedicados en Madrid con latencia de 2 ms al punto neutro. Primer mes gratis con el código VERANO.",
    },
    {
        "kind": "marketing",
        "text": "Boletín de junio: nuevos cursos de ciberseguridad, certificado oficial y 20 % de descuento para estudiantes.",
    },
    {
        "kind": "marketing",
        "text": "Opinión de jugador: «Me recuperaron la cuenta en una tarde, el soporte es de diez.» – ⟦PERSON|Hugo Llorente⟧",
    },
    {
        "kind": "marketing",
        "text": "Externaliza tu soporte IT con técnicos en España: respuesta en 15 minutos, informes mensuales y sin letra pequeña.",
    },
    {
        "kind": "docs",
        "text": "El duplicado de tarjeta SIM permite recuperar el número en una nueva tarjeta. Las operadoras deben verificar la identidad del titular antes de emitirlo, por ejemplo con un código enviado al correo o una comprobación en tienda, para evitar el fraude conocido como SIM swapping.",
    },
    {
        "kind": "support",
        "text": "Buenas, necesito la factura con mis datos fiscales: ⟦PERSON|Tiago Azevedo Lopes⟧, residente en Vigo, NIF portugués ⟦PT_NIF|221499636⟧. Pedido 8810273.",
    },
    {
        "kind": "hr",
        "text": "Cuestionario de diversidad (voluntario) – ⟦PERSON|Yolanda Cortés Heredia⟧: origen étnico ⟦ETHNIC_ORIGIN|gitana⟧; religión ⟦RELIGIOUS_BELIEF|evangélica⟧; discapacidad: no.",
    },
    {
        "kind": "hr",
        "text": "Resume para el comité: «⟦PERSON|Esperanza Vargas Domínguez⟧, moderadora del turno de noche, pide pasar a turno de mañana. Aporta informe médico: ⟦HEALTH_DATA|trastorno de estrés postraumático⟧ relacionado con la revisión de contenido violento. Recomendación del servicio de prevención: cambio inmediato.»",
    },
]
