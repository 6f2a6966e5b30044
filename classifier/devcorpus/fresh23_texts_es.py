"""Hand-written Spanish texts for fresh23: aerolíneas, Renfe y autobuses, autoescuelas, ONG de migración, consulados, agencias de viajes."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {"kind": "support", "text": "¿Se puede cambiar la fecha de un billete Avlo Madrid-Barcelona sin pagar suplemento?"},
    {
        "kind": "support",
        "text": "Resume esta solicitud para el equipo de asistencia PMR de Barajas:\n\nPasajero: ⟦PERSON|Eulogio Zubizarreta-Mensah⟧\nDNI: ⟦ES_NIF|10134427Y⟧\nVuelo: IB 3166 MAD-LIS, 2 de junio\nNecesidad: ⟦HEALTH_DATA|amputación de la pierna izquierda⟧, usa prótesis, necesita silla hasta la puerta.\nTeléfono: ⟦PHONE_NUMBER|612 48 90 37⟧",
    },
    {
        "kind": "support",
        "text": "[11:05] Cliente: hola, he reservado coche en Málaga, reserva RC-330918, quería añadir conductor adicional\n[11:06] Agente ⟦PERSON|Nerea⟧: ¡Hola! Claro, ¿nombre y número de documento?\n[11:08] Cliente: ⟦PERSON|Dmitri Castañeda⟧, NIE ⟦ES_NIE|Z1292751H⟧\n[11:09] Agente ⟦PERSON|Nerea⟧: Añadido. Son 9 € al día, se cobra en la recogida.",
    },
    {
        "kind": "support",
        "text": "Asunto: Maleta extraviada vuelo VY 7821 Bilbao\n\nBuenas tardes:\nMi maleta no ha llegado y dentro va la medicación de mi hija, que ⟦HEALTH_DATA|tiene epilepsia⟧ (⟦HEALTH_DATA|Depakine⟧ 500 mg). Necesito saber urgentemente dónde está. Referencia BIOVY40218.\nDirección de entrega: ⟦STREET_ADDRESS|Calle Ercilla 29, 3º izq., 48011 Bilbao⟧\nUn saludo,\n⟦PERSON|Itziar Olabarrieta-Kamara⟧\n⟦PHONE_NUMBER|+34 688 102 457⟧",
    },
    {
        "kind": "support",
        "text": "Clasifica estas consultas de la autoescuela (TEÓRICO / PRÁCTICAS / PAGOS): 'no me llega el código del test', 'quiero cambiar al profesor de los martes', 'me habéis cobrado dos veces la matrícula', 'cuándo es el examen en la DGT de Getafe'.",
    },
    {
        "kind": "support",
        "text": "Traduce al inglés para la abogada de la ONG: «Me llamo ⟦PERSON|Wilmer Arboleda Quiñónez⟧, soy ⟦ETHNIC_ORIGIN|afrocolombiano⟧ del Chocó. Salí de Colombia porque me amenazaron por ser ⟦POLITICAL_OPINION|líder social del Proceso de Comunidades Negras⟧. Tengo cita para la entrevista de asilo en la comisaría de Aluche el 8 de mayo.»",
    },
    {
        "kind": "support",
        "text": "Hola, soy portugués y vivo en Vigo. Para la cita en el consulado de Portugal necesito rellenar esto, ¿me ayudas?\nNome: ⟦PERSON|Rui Valadares Ebinger⟧\nNIF português: ⟦PT_NIF|282018514⟧\nMorada: ⟦STREET_ADDRESS|Rúa do Príncipe 51, 36202 Vigo⟧\nMotivo: renovação do Cartão de Cidadão",
    },
    {"kind": "support", "text": "¿Qué documentos pide la aduana para importar un coche desde Andorra?"},
    # --- hr ---
    {
        "kind": "hr",
        "text": "Ficha de incorporación — tripulante de cabina, base PMI\nNombre: ⟦PERSON|Ainhoa Sarmiento-Lindgren⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|04/09/1995⟧\nIBAN nómina: ⟦IBAN_CODE|ES54 4202 1841 1253 0218 9202⟧\nCorreo: ⟦EMAIL_ADDRESS|ainhoa.sarmiento.l@gmail.com⟧\nReconocimiento médico: apta con restricción, ⟦HEALTH_DATA|asma leve⟧ controlada con inhalador",
    },
    {
        "kind": "hr",
        "text": "Acta reunión comité de empresa — Alsa, estación de Oviedo, 20 de febrero\nAsistentes: RRHH, 5 miembros del comité, ⟦PERSON|Covadonga Iturbe⟧ (⟦TRADE_UNION_MEMBERSHIP|delegada de CCOO⟧)\n1. Cuadrantes de verano.\n2. Baja de un conductor por ⟦HEALTH_DATA|ansiedad⟧ tras una agresión: ⟦PERSON|Covadonga⟧ pide protocolo de seguridad en la línea nocturna.\n3. Ruegos y preguntas.",
    },
    {
        "kind": "hr",
        "text": "Currículum\n⟦PERSON|Yadira Benchekroun Ugarte⟧\n⟦PHONE_NUMBER|655 210 873⟧ · ⟦EMAIL_ADDRESS|yadira.bu@hotmail.es⟧\nIntérprete árabe/francés/español, 8 años en CEAR y en la Oficina de Asilo y Refugio\nFormación: Grado en Traducción e Interpretación, Universidad de Granada\nCarné de conducir B",
    },
    {
        "kind": "hr",
        "text": "Ayúdame a redactar un mensaje para el jefe de tráfico: soy conductor de autobús en Zaragoza, ⟦PERSON|Fermín Abiodun⟧, y estoy ⟦RELIGIOUS_BELIEF|convertido al islam⟧; quiero pedir la pausa de los viernes a mediodía para ir a la mezquita sin que parezca un privilegio.",
    },
    {
        "kind": "hr",
        "text": "Oferta: profesor/a de autoescuela en Sevilla, permisos B y C, jornada completa, 1.650 € netos, incorporación inmediata.",
    },
    {
        "kind": "hr",
        "text": "Nota confidencial para el expediente: el candidato a monitor de viajes escolares ⟦PERSON|Iker Mbaye Goikoetxea⟧ presenta en el certificado de delitos sexuales ⟦CRIMINAL_RECORD|una condena por abuso sexual de 2015⟧. Se descarta la contratación.",
    },
    {
        "kind": "hr",
        "text": "Retrato para la revista interna: ⟦PERSON|Remedios Achebe Villalta⟧ lleva 18 años en el mostrador de objetos perdidos de Atocha. Su hallazgo más raro: una jaula con dos canarios vivos.",
    },
    {
        "kind": "hr",
        "text": "Por favor resume en 3 líneas el parte de baja: trabajadora ⟦PERSON|Lucía Palomares Nwosu⟧, agente de handling en El Prat, baja por ⟦HEALTH_DATA|embarazo de riesgo⟧ desde el 10 de marzo, previsión hasta el parto.",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": "Eslogan para una academia de español para inmigrantes en Murcia: clases gratuitas, horarios de tarde, preparación para el DELE y el CCSE.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio para la web (autorizado): «Viajar a Fátima en silla de ruedas me parecía imposible por ⟦HEALTH_DATA|mi lesión medular⟧. Con Peregrinos del Sur todo fue accesible.» — ⟦PERSON|Casimiro Ondó Larrañaga⟧, Cádiz",
    },
    {
        "kind": "marketing",
        "text": "Boletín de la agencia de viajes — junio\n• Viajes de fin de curso a Roma y París\n• Camino de Santiago en bici desde León\n• Nueva oficina en Logroño\n• Descuento del 8 % para familias numerosas",
    },
    {
        "kind": "marketing",
        "text": "Texto para la página de inicio: carga tu coche eléctrico en más de 1.200 puntos de Iberdrola y Zunder, paga con la app o con tarjeta, desde 0,39 €/kWh.",
    },
    {
        "kind": "marketing",
        "text": "Historia para la memoria anual de la ONG: ⟦PERSON|Nasrin Ahadi⟧ llegó a Valencia en 2021 desde Afganistán. Como ⟦ETHNIC_ORIGIN|hazara⟧ y ⟦RELIGIOUS_BELIEF|musulmana chií⟧ temía por su vida con el regreso de los talibanes. Hoy trabaja de intérprete de dari en nuestro programa.",
    },
    {
        "kind": "marketing",
        "text": "FAQ transitario\n¿Hacéis grupaje a Canarias? Sí, salidas semanales desde Cádiz.\n¿Gestionáis el DUA? Sí, nuestro agente de aduanas lo presenta.\n¿Seguro de mercancía? Opcional.",
    },
    {
        "kind": "marketing",
        "text": "Reescribe con más gancho: «Patinetes eléctricos compartidos en Valencia. Desbloqueo 1 €, 0,20 €/min. Zonas de aparcamiento en el mapa.»",
    },
    {
        "kind": "marketing",
        "text": "Anuncio para la escuela internacional de Madrid (sin datos de alumnos): bachillerato internacional, ruta de autobús desde Pozuelo y Las Rozas, programa de apoyo para alumnos con ⟦HEALTH_DATA|TDAH⟧ y ⟦HEALTH_DATA|dislexia⟧, testimonio de la madre ⟦PERSON|Cayetana Murúa Ferreira⟧.",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Procedimiento de cita previa para extranjería: la cita se solicita en la sede electrónica seleccionando provincia y trámite (toma de huellas, autorización de regreso, asignación de NIE). Si no hay citas disponibles, el sistema muestra un aviso; se recomienda reintentar a primera hora. El día de la cita se presenta el justificante, el pasaporte y la tasa 790-012 abonada.",
    },
    {
        "kind": "hr",
        "text": "Pasa esta fila del Excel de intérpretes a una frase para el cliente: ⟦PERSON|Tamar Goldsztajn Ríos⟧;hebreo/ladino/español;disponible lunes a jueves;no viernes tarde ni sábados (⟦RELIGIOUS_BELIEF|shabat⟧)",
    },
]
