"""Hand-written Spanish texts of the tuning split fresh28: airlines and rail, supermarkets, electronics shops, hotels, fashion and car renting."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿Abrís el 15 de agosto en la tienda de Gran Vía? Tengo que recoger el pedido 55-20931",
    },
    {
        "kind": "support",
        "text": """Asunto: Reclamación equipaje extraviado – vuelo VY 1278 Bilbao–Sevilla, PIR BIOVY41187

Buenas tardes:

El pasado 3 de mayo facturé una maleta azul marino de 23 kg que no llegó a Sevilla. Puse la reclamación en el mostrador del aeropuerto (referencia arriba) y desde entonces nadie me ha contactado. Dentro iba el traje para la boda de mi hermano, que es este sábado. Tuve que comprar ropa por valor de 386,40 €; adjunto los tiques.

Solicito la localización urgente de la maleta y el reembolso de los gastos.

Un saludo,
⟦PERSON|Begoña Aranguren Ostolaza⟧
⟦STREET_ADDRESS|Calle Licenciado Poza 31, 3º izda., 48011 Bilbao⟧
⟦PHONE_NUMBER|+34 688 21 47 90⟧
⟦EMAIL_ADDRESS|begoaranguren@euskaltel.net⟧""",
    },
    {
        "kind": "support",
        "text": """Incidencia 2024-55812 – Pedido retenido en aduana
Pedido: TE-771203 (portátil Tarsis Book 14, 16 GB / 512 GB)
Envío SEUR: 10882140051233 – destino Santa Cruz de Tenerife
Motivo: falta el DUA de importación a Canarias. El agente de aduanas ha solicitado la factura comercial, enviada el 12/06.
Próxima revisión: 14/06 a las 10:00.
Equipo de Atención al Cliente, TecnoEstrella""",
    },
    {
        "kind": "support",
        "text": """Hola, quiero solicitar el servicio de asistencia Atendo para el viaje del 21 de marzo, AVE 03112 Madrid Puerta de Atocha – Málaga María Zambrano, coche 4, plaza 2A. Soy ⟦HEALTH_DATA|usuaria de silla de ruedas⟧ por una ⟦HEALTH_DATA|esclerosis múltiple⟧ y viajo sola. Necesito la rampa para subir y bajar y que alguien me acompañe hasta la parada de taxis en Málaga.

Gracias,
⟦PERSON|Montserrat Ribalta Querol⟧
⟦PHONE_NUMBER|629 104 832⟧""",
    },
    {
        "kind": "support",
        "text": """Olá / Hola:

Compré en vuestra tienda online de Vigo un frigorífico combi Aurum SmartCool 700 (pedido 44-90118) con entrega en Portugal. Llegó con la puerta abollada y lo devolví el 8 de abril. Os pido el reembolso de 749 € y una factura a mi nombre con mi número de contribuyente portugués:

Nombre: ⟦PERSON|Tiago Meireles Bettencourt⟧
NIF (PT): ⟦PT_NIF|359798853⟧
IBAN: ⟦IBAN_CODE|PT37 5043 0869 0883 3016 3196 9⟧
Dirección: ⟦STREET_ADDRESS|Rua de Cedofeita 412, 4050-174 Porto⟧

Obrigado,
⟦PERSON|Tiago⟧""",
    },
    {
        "kind": "support",
        "text": """[20:14] Cliente: hola, puedo cambiar la franja de entrega de mañana?
[20:14] Asistente SuperFresco: ¡Claro! Tu pedido 7730218 llega mañana entre 9:00 y 11:00. Franjas libres: 13:00-15:00, 17:00-19:00 y 19:00-21:00.
[20:15] Cliente: 19-21
[20:15] Asistente SuperFresco: Hecho. El repartidor te llamará 15 minutos antes. Recuerda que los congelados van en bolsa isotérmica.
[20:15] Cliente: perfecto gracias""",
    },
    {
        "kind": "support",
        "text": """Extrae de este mensaje el nombre, el NIE, la dirección y el teléfono en formato JSON para dar de alta la financiación:

"Buenos días, quiero financiar en 12 meses la lavadora Aurum WT 9 que vi en la tienda de Alicante. Me llamo ⟦PERSON|Bohdan Yaremchuk⟧, mi NIE es ⟦ES_NIE|Z6684114C⟧, vivo en ⟦STREET_ADDRESS|Avenida de Aguilera 27, 5ºB, 03007 Alicante⟧ y mi móvil es ⟦PHONE_NUMBER|641 38 20 57⟧. Cobro la nómina el día 28.\"""",
    },
    {
        "kind": "support",
        "text": """Preguntas frecuentes – Garantía

¿Cuánto dura la garantía? Tres años para todos los productos nuevos comprados a partir del 1 de enero de 2022, según la ley de consumidores.
¿Qué necesito? El tique de compra o la factura y el número de serie (S/N) que aparece en la caja o en los ajustes del dispositivo.
¿Cubre la batería? Sí, siempre que conserve menos del 80 % de su capacidad dentro de los primeros 12 meses.
No cubre daños por golpes, líquidos o reparaciones en talleres no autorizados.""",
    },
    {
        "kind": "support",
        "text": """Buenos días:

Hemos reservado el salón Alhambra para el banquete de nuestra boda el 28 de septiembre (presupuesto 2024-BQ-118, 140 invitados). Ambas familias somos ⟦RELIGIOUS_BELIEF|musulmanas practicantes⟧, así que necesitamos que toda la carne sea halal certificada y que no se sirva alcohol en nuestras mesas. ¿Podéis confirmarlo por escrito antes de pagar la segunda señal?

Un saludo,
⟦PERSON|Yasmina El Idrissi Navarro⟧
⟦EMAIL_ADDRESS|yasmina.elidrissi@hotmail.es⟧""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Oferta de empleo: reponedor/a – SuperFresco Zaragoza (Delicias)

Jornada de 30 horas semanales, turno de tarde de lunes a sábado. Contrato indefinido desde el primer día, salario según convenio del comercio de alimentación (1.210 € brutos/mes por 14 pagas). Valoramos experiencia en supermercados y carné de carretillero.

Inscríbete en superfresco.es/empleo con la referencia ZGZ-REP-07.""",
    },
    {
        "kind": "hr",
        "text": """ALTA DE TRABAJADOR – Datos para la Seguridad Social
Nombre y apellidos: ⟦PERSON|Iratxe Goikoetxea Larrañaga⟧
DNI: ⟦ES_NIF|32538026-H⟧
Fecha de nacimiento: ⟦DATE_OF_BIRTH|02/11/1989⟧
Domicilio: ⟦STREET_ADDRESS|Calle Easo 18, 2º dcha., 20006 Donostia⟧
Cuenta para la nómina: ⟦IBAN_CODE|ES63 8472 7581 9053 5976 1407⟧
Puesto: dependienta, tienda de Boulevard, contrato fijo discontinuo
Fecha de alta: 15/06""",
    },
    {
        "kind": "hr",
        "text": """CONSENTIMIENTO – Registro de jornada mediante huella

Yo, ⟦PERSON|Fermín Castejón Úbeda⟧, con DNI ⟦ES_NIF|88140162E⟧, empleado del Hotel Mirador de la Alpujarra, autorizo el registro de la plantilla de mi ⟦BIOMETRIC_DATA|huella dactilar⟧ en el terminal de fichaje de recepción. He sido informado de que puedo solicitar en cualquier momento un método alternativo (tarjeta) sin consecuencia alguna.

Firmado en Lanjarón, a 4 de marzo.""",
    },
    {
        "kind": "hr",
        "text": """Comunicado a la plantilla – Calendario laboral

Los centros de Madrid cerrarán el 1 de enero, el 6 de enero, el 1 de mayo y el 25 de diciembre. El 24 y el 31 de diciembre el horario será de 9:00 a 17:00. Las festividades locales (San Isidro, Almudena) se compensarán con un día libre a elegir antes del 31 de enero del año siguiente.

Departamento de Personas""",
    },
    {
        "kind": "hr",
        "text": """Hola ⟦PERSON|Rocío⟧:

Te aviso de que el médico me ha dado la baja desde hoy por un ⟦HEALTH_DATA|embarazo de riesgo⟧ (tengo ⟦HEALTH_DATA|placenta previa⟧ y tengo que hacer reposo). Te mando el parte por el portal en cuanto lo tenga escaneado. Siento dejaros colgados justo con las rebajas.

Un abrazo,
⟦PERSON|Almudena Sarasúa⟧""",
    },
    {
        "kind": "hr",
        "text": """Hola equipo de RR. HH.:

Os escribo para pedir el permiso retribuido de 15 días por matrimonio. Me caso el 14 de septiembre con mi novio, ⟦PERSON|Álvaro⟧, así que sí, ya podéis decirlo: soy ⟦SEX_LIFE_ORIENTATION|gay⟧ y estoy muy feliz 😊. Querría empezar el permiso el 13 de septiembre.

Gracias,
⟦PERSON|Unai Mendizábal Roca⟧ – Tienda Bilbao Ensanche""",
    },
    {
        "kind": "hr",
        "text": """Formación obligatoria en prevención de riesgos laborales

Todo el personal de almacén debe completar antes del 30 de junio el curso online "Manipulación manual de cargas" (2 horas) y el módulo "Uso seguro de transpaletas eléctricas". Se realiza en horario de trabajo desde el portal de formación. El certificado se archiva automáticamente en tu expediente.

Servicio de Prevención""",
    },
    {
        "kind": "hr",
        "text": """Informe de incorporación – programa de empleo con la Fundación Lanzadera Sur

Participante: ⟦PERSON|Jonathan Heredia Cortés⟧, 22 años, ⟦ETHNIC_ORIGIN|de etnia gitana⟧.
DNI: ⟦ES_NIF|71324326S⟧
Incorporación: 6 de mayo como ayudante de cocina en el restaurante Casa Lola, Triana, contrato en prácticas de 6 meses.
Tutor en la empresa: jefe de cocina. Seguimiento mensual con la técnica de empleo de la fundación.""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Nuevo Tarsis 5G Pro: la foto nocturna que esperabas

Sensor principal de 50 MP con estabilizador óptico, pantalla AMOLED de 6,7" a 120 Hz y batería de 5.000 mAh con carga rápida de 67 W. Disponible en Azul Océano y Negro Basalto desde 449 €. Si lo reservas antes del 20 de octubre, te regalamos los auriculares Nova X2.""",
    },
    {
        "kind": "marketing",
        "text": """Lo que dicen nuestros clientes

"Nos montaron el armario de 3 metros en una mañana y lo dejaron todo limpio." – ⟦PERSON|Consuelo Abellán⟧, Murcia

"La mejor relación calidad-precio que hemos encontrado en sofás cama." – ⟦PERSON|Ruymán Perdomo⟧, Las Palmas de Gran Canaria

Muebles Tajo – 40 años amueblando hogares.""",
    },
    {
        "kind": "marketing",
        "text": """¡Ya tenemos roscón de Reyes!

Relleno de nata, de trufa o de crema, y el clásico sin relleno. Tamaño mediano (6-8 raciones) 22 €, grande (10-12) 30 €. Encargos hasta el 4 de enero en el obrador o por teléfono.

Horario especial: 5 de enero de 7:00 a 21:00 y 6 de enero de 8:00 a 14:00.
Horno San Onofre, Calle de la Paloma 9, Madrid""",
    },
    {
        "kind": "marketing",
        "text": """Ganadores del sorteo de verano

El viaje a Lanzarote para dos personas es para ⟦PERSON|Maite Urquiola Sagasti⟧ (Vitoria-Gasteiz). Las tres tarjetas regalo de 300 € han tocado a ⟦PERSON|Adrián Fajardo Pulido⟧ (Jaén), ⟦PERSON|Nerea Castells Bosch⟧ (Girona) y ⟦PERSON|Wilson Huamán Ccori⟧ (Móstoles). ¡Enhorabuena!""",
    },
    {
        "kind": "marketing",
        "text": """Te esperamos en FITUR 2025

Del 22 al 26 de enero en IFEMA Madrid, pabellón 7, stand 7C08. Presentaremos nuestros nuevos circuitos por el norte de Portugal y Galicia, los paquetes de esquí en Sierra Nevada y la programación de cruceros fluviales por el Duero. Profesionales del sector: pedid cita en viajesalcotan.es/fitur.""",
    },
    {
        "kind": "marketing",
        "text": """Conoce a nuestro equipo

⟦PERSON|Guillermo Zubiaurre⟧ es el maestro panadero del obrador de Pamplona desde 2015. Empieza a trabajar a las 3 de la mañana y es el responsable de que la masa madre de la casa, que tiene más de 20 años, siga viva. "Es como tener una mascota", bromea ⟦PERSON|Guillermo⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Rebajas de invierno: hasta -60 %

Desde el 7 de enero, abrigos, punto y botas con descuentos de hasta el 60 % en todas nuestras tiendas y en la web. Los socios del Club Olivia tienen acceso anticipado el 6 de enero desde las 20:00 en la app. Envío gratuito a partir de 30 €. Cambios y devoluciones hasta el 28 de febrero.""",
    },
    {
        "kind": "marketing",
        "text": """Propuesta de campaña – Bodegas Viña Carrasca

Hola, ⟦PERSON|Lucía⟧:

Te adjunto la propuesta para el lanzamiento del nuevo rosado: concepto "Atardecer en la Ribera", 3 piezas de vídeo, activación en 12 vinotecas y campaña en Instagram con microinfluencers gastronómicos. Presupuesto total: 28.500 € + IVA.

Si te parece bien, lo vemos el jueves a las 11:00. Mi móvil por si acaso: ⟦PHONE_NUMBER|655 08 71 43⟧.

⟦PERSON|Íñigo Saldaña Ferrer⟧
Director de cuentas, Agencia Cuarto Creciente""",
    },
    {
        "kind": "marketing",
        "text": """Renting Tarraco: tu coche nuevo por 329 €/mes

Seguro a todo riesgo sin franquicia, mantenimiento, ITV, neumáticos y asistencia en carretera incluidos. 48 meses y 15.000 km al año, sin entrada. Disponible para el SUV híbrido Brisa Hybrid Plus y el eléctrico Lumen 400. Oferta válida para pedidos hasta el 31 de marzo en concesionarios adheridos. Consulta condiciones en la web.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Breve historia del Chupa Chups

En 1958 el empresario barcelonés Enric Bernat lanzó un caramelo con palo pensado para que los niños no se mancharan las manos. Se llamó primero "Chups" y después Chupa Chups. En 1969 Bernat encargó el logotipo a Salvador Dalí, que lo dibujó en menos de una hora en una servilleta y propuso colocarlo en la parte superior del envoltorio para que siempre se viera entero. En 1995 un Chupa Chups viajó a la estación espacial Mir. Hoy la marca se vende en más de 150 países.""",
    },
]
