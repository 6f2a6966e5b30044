"""Hand-written Spanish texts of the ``fresh8`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Resume para el mostrador de asistencia especial:\n\nHola, soy ⟦PERSON|Inmaculada Barragán⟧, vuelo "
        "Sevilla–Tenerife el 2 de febrero, localizador MX4P7R. Tengo ⟦HEALTH_DATA|artrosis severa de rodilla⟧ y no "
        "puedo subir escaleras, necesito silla hasta el avión. Mi móvil ⟦PHONE_NUMBER|654 317 902⟧.",
    },
    {
        "kind": "support",
        "text": "Contesta al cliente: la bici eléctrica n.º 30558 no desbloquea en la estación Plaza Nueva, "
        "le han cobrado 0,50 € de desbloqueo. App Rodabici versión 4.8.2.",
    },
    {
        "kind": "support",
        "text": "Pasa a JSON los datos del donante:\nNombre: ⟦PERSON|Álvaro Quintanilla Roldán⟧\nDNI: ⟦ES_NIF|29801457N⟧\n"
        "F. nacimiento: ⟦DATE_OF_BIRTH|18/12/1990⟧\nDomicilio: ⟦STREET_ADDRESS|Calle Feria 74, 41003 Sevilla⟧\n"
        "¿Toma medicación? Sí – ⟦HEALTH_DATA|Sintrom⟧",
    },
    {
        "kind": "support",
        "text": "Traduce al inglés para el agente de aduanas: DUA 25ES00411120879345, mercancía: audífonos "
        "recargables, partida arancelaria 9021 40 00, 2 bultos, factura 2025-A-0917.",
    },
    {
        "kind": "support",
        "text": "Redacta respuesta:\n\nDe: ⟦EMAIL_ADDRESS|rocio.valderrama.pineda@hotmail.es⟧\nAsunto: gafas progresivas\n\n"
        "Buenas, me operaron de ⟦HEALTH_DATA|cataratas⟧ en octubre y las gafas que compré en la óptica de "
        "Triana ya no me sirven. ¿Tengo derecho a cambio? Pedido 55-20931. ⟦PERSON|Rocío Valderrama⟧",
    },
    {
        "kind": "support",
        "text": "Hipoteca – ordena la información del cliente:\n⟦PERSON|Jonathan Mbeki Salvador⟧, NIE ⟦ES_NIE|Z7480738Q⟧, "
        "nómina en ⟦IBAN_CODE|ES31 6518 2602 8168 3801 8799⟧, vivienda en Dos Hermanas, precio 186.000 €, "
        "ahorros 42.000 €. Correo ⟦EMAIL_ADDRESS|jmbeki.salvador@gmail.com⟧",
    },
    {
        "kind": "support",
        "text": "¿Este SMS es smishing? 'Correos: su paquete ES29910382 está retenido, pague 2,99€ en hxxps://correos-es-pago[.]top'",
    },
    {
        "kind": "support",
        "text": "Clasifica la queja por prioridad: 'Llevo 3 semanas esperando la cita del audiólogo en la tienda de Nervión, ticket 77120.'",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Despacho laboralista — resume el caso para la demanda por despido nulo:\nCliente ⟦PERSON|Macarena Ortuño⟧, "
        "dependienta en Calzados Giralda S.L. Despedida a los 3 días de comunicar su ⟦HEALTH_DATA|embarazo⟧. "
        "Afiliada a ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧. La encargada le había dicho que 'las ⟦ETHNIC_ORIGIN|gitanas⟧ "
        "no duran'. Fecha despido 15/10.",
    },
    {
        "kind": "hr",
        "text": "Oficina de empleo (SAE): redacta el informe para la propuesta de sanción.\nDemandante ⟦PERSON|Rubén Carmona Díaz⟧, "
        "rechazó oferta de mozo de almacén el 4/11. Alega ⟦HEALTH_DATA|hernia discal L5-S1⟧ y presenta informe de "
        "la mutua. Consta ⟦CRIMINAL_RECORD|antecedentes por tráfico de drogas⟧ (2015).",
    },
    {
        "kind": "hr",
        "text": "Escribe una oferta: técnico/a de acogida para ONG de refugiados, Sevilla, jornada completa, francés y árabe valorables.",
    },
    {
        "kind": "hr",
        "text": "Entrevista de protección internacional, haz un resumen neutral:\nSolicitante ⟦PERSON|Maikel Ferrer Lugo⟧, "
        "venezolano. Refiere detenciones por participar en protestas y militar en "
        "⟦POLITICAL_OPINION|Voluntad Popular⟧. Presenta ⟦HEALTH_DATA|insomnio⟧ y ataques de pánico.",
    },
    {
        "kind": "hr",
        "text": "Campamento de verano — ficha médica, resume para monitores:\nParticipante: ⟦PERSON|Noa Almansa⟧ (8 años)\n"
        "Alergias: ⟦HEALTH_DATA|alergia a la proteína de la leche⟧\nMenú: sin cerdo, familia ⟦RELIGIOUS_BELIEF|judía⟧, "
        "comida kosher si es posible",
    },
    {
        "kind": "hr",
        "text": "Mesa electoral: ordena los miembros por cargo.\n⟦PERSON|Encarnación Lobato⟧ – presidenta; "
        "⟦PERSON|Iván Sepúlveda⟧ – 1.er vocal; ⟦PERSON|Manuela Carrasco Prieto⟧ – 2.ª vocal (suplente)",
    },
    {
        "kind": "hr",
        "text": "¿Qué permisos retribuidos tiene un trabajador en Andalucía por mudanza y por matrimonio según el ET?",
    },
    {
        "kind": "hr",
        "text": "Acta de la junta de la cooperativa de viviendas, reduce a 4 frases: aprobada derrama de 320 € por "
        "vivienda para la fachada; cambio de administrador en enero; próxima junta 20/02.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Escribe un tuit para la campaña de donación de sangre del 18 de diciembre en el Hospital Virgen Macarena. "
        "Recuerda que hay que pesar más de 50 kg.",
    },
    {
        "kind": "marketing",
        "text": "Mejora este testimonio para la web del coro:\n«Soy ⟦PERSON|Esperanza Rivas Toscano⟧. Tras el "
        "⟦HEALTH_DATA|ictus⟧ perdí parte del habla, y cantar en el coro Voces del Guadalquivir me ayudó en la logopedia.»",
    },
    {
        "kind": "marketing",
        "text": "Ficha de producto: audífono 'Albaida Nano CIC', invisible, 3 programas, pila 10, 890 € la unidad. 60 palabras.",
    },
    {
        "kind": "marketing",
        "text": "Texto para el programa de mano: la compañía de teatro aficionado Los Corrales estrena 'Bodas de sangre' "
        "el 7 de marzo en el Centro Cívico Las Sirenas.",
    },
    {
        "kind": "marketing",
        "text": "Reescribe el caso de éxito del bróker hipotecario: «⟦PERSON|Guillermo Téllez⟧ y su marido "
        "⟦PERSON|Adrián Pozo⟧ compraron su primer piso en Triana con un 95 % de financiación.»",
    },
    {
        "kind": "marketing",
        "text": "Propón 5 nombres para nuestra app de patinetes en Málaga (tipo Zumba, Brisa, Nómada...).",
    },
    {
        "kind": "marketing",
        "text": "Boletín de la ONG: corrige el texto. 'Gracias a ⟦PERSON|Wilson Quiñónez⟧, ⟦ETHNIC_ORIGIN|afrocolombiano⟧ "
        "de Tumaco, que este año ha coordinado las clases de español para recién llegados.'",
    },
    {
        "kind": "marketing",
        "text": "Folleto de la óptica: explica qué es la presbicia y por qué a partir de los 45 años conviene revisarse la vista.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "El voto por correo se solicita en cualquier oficina de Correos con el DNI original. La Oficina del Censo "
        "Electoral envía la documentación al domicilio del elector, que debe remitir el sobre de votación por "
        "correo certificado antes del tercer día previo a la elección. Quien solicita el voto por correo ya no "
        "puede votar presencialmente en su mesa.",
    },
    # -- añadidos: textos largos y mixtos ------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Eres el asistente del departamento de atención al cliente de una correduría hipotecaria en Huelva. "
        "Lee el hilo y prepara: (1) un resumen de la situación, (2) la lista de documentos que faltan, (3) un "
        "borrador de respuesta breve.\n\n"
        "De: ⟦PERSON|Joaquim Esteves Valente⟧ <⟦EMAIL_ADDRESS|joaquim.evalente@sapo.pt⟧>\nPara: hipotecas@correduria-odiel.es\n"
        "Fecha: 20/11/2025 19:33\nAsunto: RE: Documentación préstamo\n\n"
        "Buenas tardes, soy portugués y trabajo en Ayamonte desde 2021. Mi NIF portugués es "
        "⟦PT_NIF|299498336⟧ y ya tengo NIE. Envío las tres últimas nóminas y el certificado de la cuenta "
        "⟦IBAN_CODE|ES98 8685 0486 6251 7571 6296⟧... perdón, esa es la de mi hermano, la mía os la paso mañana. "
        "Me preguntáis por el seguro de vida: tuve un ⟦HEALTH_DATA|infarto⟧ en 2022 y llevo un "
        "⟦HEALTH_DATA|stent⟧, tomo ⟦HEALTH_DATA|Adiro 100⟧. ¿Eso impide la hipoteca?\nTeléfono: ⟦PHONE_NUMBER|+351 912 447 318⟧\n\n"
        "> El 17/11/2025, ⟦PERSON|Lucía Mantero⟧ escribió:\n> Hola Joaquim, para la preaprobación del piso de "
        "⟦STREET_ADDRESS|Calle Isla Cristina 9, 21400 Ayamonte⟧ necesitamos nóminas, vida laboral, declaración de la "
        "renta y el cuestionario de salud de la aseguradora. Un saludo.",
    },
    {
        "kind": "hr",
        "text": "Coro y grupo de teatro: ⟦PERSON|Remedios Caballero⟧ pide que no la pongan en los ensayos del Viernes Santo "
        "porque es ⟦RELIGIOUS_BELIEF|cofrade de la Macarena⟧ y sale en la procesión. Anótalo en el calendario.",
    },
]
