"""Hand-written Spanish texts of the ``fresh16`` split: ayuntamientos, suministros, obras, transporte e industria."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Hazlo más claro: 'Corte de agua en calle Almudena por rotura de tubería, reposición prevista 17:00.'",
    },
    {
        "kind": "support",
        "text": "Resume la reclamación para la distribuidora eléctrica:\n\nDe: ⟦EMAIL_ADDRESS|remedios.galindo.p@gmail.com⟧\n"
        "> Les escribo por mi padre, ⟦PERSON|Anselmo Galindo Prieto⟧, ⟦STREET_ADDRESS|calle Río Tajo 23, 2º B, 45600 Talavera de la Reina⟧. "
        "Tiene ⟦HEALTH_DATA|EPOC grave⟧ y usa ⟦HEALTH_DATA|oxígeno domiciliario⟧; el apagón del martes duró seis horas y nadie avisó. "
        "Pedimos que conste como suministro esencial. Tel. ⟦PHONE_NUMBER|+34 925 81 44 07⟧",
    },
    {
        "kind": "support",
        "text": "Redacta respuesta al vecino ⟦PERSON|Joaquín Escribano⟧: su licencia de obra menor (expediente 2026/OM/1187) "
        "está concedida; puede recogerla en la sede electrónica.",
    },
    {
        "kind": "support",
        "text": "Clasifica: 'Farola apagada en la rotonda del polígono Las Quemadas desde hace una semana.' "
        "(alumbrado / tráfico / limpieza)",
    },
    {
        "kind": "support",
        "text": "Comprueba la orden de domiciliación del IBI:\nTitular: ⟦PERSON|Maite Arrizabalaga Goñi⟧\nNIF: ⟦ES_NIF|30504687V⟧\n"
        "IBAN: ⟦IBAN_CODE|ES42 9976 0947 1578 3736 4221⟧\nReferencia catastral 9872023VH5797S0001WX",
    },
    {
        "kind": "support",
        "text": "Chat de la línea de atención del metro, resúmelo:\n[19:02] usuaria: el ascensor de la estación Legazpi lleva "
        "días roto\n[19:03] agente ⟦PERSON|Rubén⟧: lo siento, ¿necesita asistencia?\n[19:03] usuaria: sí, tengo "
        "⟦HEALTH_DATA|esclerosis múltiple⟧ y no puedo con las escaleras\n[19:05] agente ⟦PERSON|Rubén⟧: aviso al jefe de estación, "
        "le acompañan por el acceso de Bolívar",
    },
    {
        "kind": "support",
        "text": "Traduce al inglés para el transportista: 'La descarga en el muelle 4 del puerto de Algeciras se retrasa 48 horas.'",
    },
    {
        "kind": "support",
        "text": "Respuesta breve: ¿se puede pagar la tasa de vado por Bizum? Sí, desde enero en la sede electrónica.",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Informe de aptitud del servicio de prevención, planta de cemento de Alcalá de Guadaíra, para el encargado sin "
        "datos clínicos:\nTrabajador: ⟦PERSON|Fermín Carrasquilla⟧, NIE ⟦ES_NIE|X0974631Y⟧\nHallazgos: ⟦HEALTH_DATA|silicosis simple⟧, "
        "⟦HEALTH_DATA|apnea del sueño con CPAP⟧\nAptitud: apto con restricciones, sin exposición a polvo ni conducción nocturna.",
    },
    {
        "kind": "hr",
        "text": "Mejora la oferta: se busca jefe de obra para la ampliación de la depuradora de Zaragoza, ingeniero de caminos, "
        "incorporación inmediata.",
    },
    {
        "kind": "hr",
        "text": "Acta del comité de empresa, centro logístico de Getafe, 21 de noviembre\nAsistentes: ⟦PERSON|Yolanda Berzosa-Lerín⟧ "
        "(⟦TRADE_UNION_MEMBERSHIP|delegada de CCOO⟧), ⟦PERSON|Íñigo Larrañaga⟧ (RRHH)\n1. Calendario de Navidad aprobado.\n"
        "2. Un mozo de almacén solicita no trabajar sábados por ser ⟦RELIGIOUS_BELIEF|adventista del séptimo día⟧; se estudia.\n"
        "3. Denuncia de comentarios racistas contra un compañero ⟦ETHNIC_ORIGIN|gitano⟧; se abre protocolo.",
    },
    {
        "kind": "hr",
        "text": "Extracto de CV, ordénalo:\n2014-2019 Operaria de línea, fábrica SEAT Martorell\n2019-hoy Técnica de calidad, "
        "planta de baterías, Sagunto\nCarné de carretillera",
    },
    {
        "kind": "hr",
        "text": "Parte de baja de ⟦PERSON|Eulalia Montesdeoca⟧, auxiliar administrativa del ayuntamiento: IT desde el 18/11, "
        "⟦HEALTH_DATA|trastorno de ansiedad generalizada⟧. Avisa a su jefa sin el diagnóstico.",
    },
    {
        "kind": "hr",
        "text": "Escribe un correo de bienvenida firmado por ⟦PERSON|Gonzalo Barrachina⟧ para los peones que empiezan el lunes en la obra del hospital de Lorca.",
    },
    {
        "kind": "hr",
        "text": "Alta en el control de acceso de la refinería, ¿qué sobra?\nContratista: ⟦PERSON|Abel Quiñones Rivero⟧ (portugués, NIF ⟦PT_NIF|294252550⟧), "
        "nacido el ⟦DATE_OF_BIRTH|30/09/1990⟧\nRegistro: ⟦BIOMETRIC_DATA|plantilla de reconocimiento facial⟧ para el torno 2\n"
        "Antecedentes: ⟦CRIMINAL_RECORD|condena por robo con fuerza en 2015, cancelada⟧",
    },
    {
        "kind": "hr",
        "text": "Resume la encuesta de clima del parque de bomberos que mandó ⟦PERSON|Ainhoa Arregi-Lasa⟧: quejas por el turno de 24 h y por la falta de vestuarios mixtos.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Tres eslóganes para la nueva tarifa de luz con discriminación horaria para coches eléctricos.",
    },
    {
        "kind": "marketing",
        "text": "Mejora el testimonio para la web de la empresa de aguas:\n'Gracias a ⟦PERSON|Nuria Ballester⟧, que tramitó el bono "
        "social, puedo pagar la factura desde que me diagnosticaron ⟦HEALTH_DATA|insuficiencia renal⟧.' – ⟦PERSON|Casimiro Ortuño⟧, Elche",
    },
    {
        "kind": "marketing",
        "text": "Post de LinkedIn: nuestra planta de hidrógeno verde en Puertollano supera las 5.000 horas de operación.",
    },
    {
        "kind": "marketing",
        "text": "Perfil para la revista interna, más cercano:\n⟦PERSON|Dolores Quintanilla⟧, maquinista de Cercanías desde 2008, "
        "⟦POLITICAL_OPINION|concejala de Compromís⟧ en su pueblo y ⟦RELIGIOUS_BELIEF|católica practicante⟧, canta en la "
        "coral de la parroquia.",
    },
    {
        "kind": "marketing",
        "text": "Bando municipal: durante las fiestas de San Roque se cortará el tráfico en el casco antiguo de 18 a 2 h.",
    },
    {
        "kind": "marketing",
        "text": "Texto para valla de obra: 'Estamos mejorando tu barrio. Nuevo colector de pluviales, fin de obra junio 2027.'",
    },
    {
        "kind": "marketing",
        "text": "Nota de prensa: la EMT incorpora 40 autobuses eléctricos y abre la cochera de Entrevías.",
    },
    {
        "kind": "marketing",
        "text": "Corrige la carta del alcalde ⟦PERSON|Teodoro Valcárcel⟧ a los vecinos sobre las obras de la plaza Mayor.",
    },
    {
        "kind": "hr",
        "text": "Informe del servicio médico de la siderúrgica, quítale el dato sensible: ⟦PERSON|Celestino Bermejo⟧ se hizo un "
        "⟦GENETIC_DATA|estudio genético de hipercolesterolemia familiar⟧ con resultado positivo y toma ⟦HEALTH_DATA|atorvastatina⟧.",
    },
    {
        "kind": "support",
        "text": "Contesta a ⟦PERSON|Purificación Aldecoa⟧, ⟦PHONE_NUMBER|611 402 873⟧: su solicitud de tarjeta de estacionamiento para "
        "personas con ⟦HEALTH_DATA|movilidad reducida⟧ está aprobada.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Los gemelos digitales de redes de agua combinan sensores de presión y caudal con modelos que detectan "
        "fugas. Para entrenarlos basta con datos de la red; los datos de abonados solo deben incorporarse agregados "
        "por sector y nunca con nombre o dirección.",
    },
]
