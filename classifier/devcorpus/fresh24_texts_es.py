"""Split ``fresh24``, Spanish: ensayos clínicos, biobanco, genética, antidopaje, aeronáutica, química y FP dual, escrito a mano (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿la OEPM admite la solicitud de patente en inglés o hay que presentarla traducida?",
    },
    {
        "kind": "support",
        "text": """Hola, buenas:

Os escribo porque tengo la visita 7 del ensayo el jueves y me coincide con una colonoscopia de control por ⟦HEALTH_DATA|mi enfermedad de Crohn⟧ (la pidió mi digestivo hace meses). ¿Se puede pasar al lunes? Además, aún no me habéis pagado los desplazamientos de diciembre. Os dejo mis datos otra vez:

⟦PERSON|Araceli Montesinos Urquijo⟧
DNI: ⟦ES_NIF|23104519-F⟧
IBAN: ⟦IBAN_CODE|ES42 8857 9667 1712 9569 1727⟧

Gracias!!""",
    },
    {
        "kind": "support",
        "text": """Traduce al español este correo de un participante portugués del estudio de párkinson, para archivarlo en la carpeta del centro:

"Bom dia. O meu nome é ⟦PERSON|Rui Bettencourt Almeida⟧, NIF ⟦PT_NIF|247119954⟧. Recebi a carta com o resultado da análise genética e diz que ⟦GENETIC_DATA|tenho a variante G2019S no gene LRRK2⟧. O meu médico de família não sabe explicar o que isto significa para os meus filhos. Podem marcar-me uma consulta de aconselhamento genético? Obrigado.\"""",
    },
    {
        "kind": "support",
        "text": "¿Quién puede donar muestras al biobanco del hospital? ¿Hay un límite de edad o hace falta estar en algún estudio concreto?",
    },
    {
        "kind": "support",
        "text": """[10:14] ⟦PERSON|Guillermo Alcántara Boix⟧: Hola, el cuaderno electrónico no me deja firmar el experimento ELN-2291, dice "testigo no asignado"
[10:15] Soporte ELN - ⟦PERSON|Nerea⟧: Hola ⟦PERSON|Guillermo⟧, el experimento necesita un testigo de otro grupo. ¿Quién lo va a revisar?
[10:16] ⟦PERSON|Guillermo Alcántara Boix⟧: ⟦PERSON|Itziar Beloki⟧, del grupo de cristalografía
[10:18] Soporte ELN - ⟦PERSON|Nerea⟧: Hecho, ya le he dado permiso de testigo en tu proyecto. Vuelve a intentar la firma
[10:19] ⟦PERSON|Guillermo Alcántara Boix⟧: perfecto, ya está, gracias!""",
    },
    {
        "kind": "support",
        "text": """Buenas tardes, soy ⟦PERSON|Candela Pereira Oyarzún⟧, atleta del grupo de control de 400 m vallas. Estoy ⟦HEALTH_DATA|embarazada de cuatro meses⟧ y de momento no compito. ¿Tengo que seguir actualizando mi localización cada trimestre o puedo pedir una baja temporal del grupo? No quiero que me cuenten un fallo.""",
    },
    {
        "kind": "support",
        "text": "No consigo subir el certificado de conformidad EN 9100 al portal de proveedores: el PDF pesa 14 MB y el límite es 10. ¿Lo envío comprimido o hay otra vía? Pedido afectado: PO-55871, piezas de carenado.",
    },
    {
        "kind": "support",
        "text": """Asunto: Mi padre - visitas del estudio de memoria

Buenos días,
Les escribo por mi padre, ⟦PERSON|Anselmo Quiroga Vilches⟧, que participa en el estudio desde octubre. ⟦HEALTH_DATA|Su alzhéimer ha avanzado⟧ bastante este invierno y ya no puede venir solo en el autobús; a partir de ahora le acompañaré yo. ¿Podrían darnos las citas a partir de las 11? Mi móvil es el ⟦PHONE_NUMBER|629 41 87 30⟧.
Un saludo,
⟦PERSON|Montserrat Quiroga⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """ALTA DE TRABAJADOR - Planta de Getafe (mecanizado de herrajes)
Nombre y apellidos: ⟦PERSON|Ionuț Vlăsceanu⟧
NIE: ⟦ES_NIE|X9919956X⟧
Fecha de nacimiento: ⟦DATE_OF_BIRTH|09/12/1992⟧
Domicilio: ⟦STREET_ADDRESS|Calle de Toledo 58, 3º B, 28901 Getafe⟧
IBAN nómina: ⟦IBAN_CODE|ES90 6349 6789 5776 4584 9538⟧
Cuota sindical: descontar en nómina (⟦TRADE_UNION_MEMBERSHIP|afiliado a CCOO⟧), 11,90 €/mes
Turno: rotativo mañana/tarde""",
    },
    {
        "kind": "hr",
        "text": """Acta de la reunión del comité de empresa (planta química de Tarragona), 9 de mayo
Asistentes: ⟦PERSON|Raquel Domínguez Ferrer⟧ (presidenta, ⟦TRADE_UNION_MEMBERSHIP|UGT⟧), ⟦PERSON|Sergi Puigventós⟧ (⟦TRADE_UNION_MEMBERSHIP|CCOO⟧), ⟦PERSON|Alba Casademunt⟧; por la empresa, ⟦PERSON|Fermín Lacasa⟧ (RRHH).
1. Calendario de paradas de verano: se acepta la parada de la unidad de polimerización del 4 al 18 de agosto.
2. Plan de igualdad: la empresa entregará el diagnóstico en junio.
3. Ropa de trabajo ignífuga: el comité pide reposición cada seis meses.""",
    },
    {
        "kind": "hr",
        "text": "Pregunta rápida: ¿el plus de nocturnidad se cobra también en las horas de formación que caen en turno de noche?",
    },
    {
        "kind": "hr",
        "text": """Informe de aptitud - vigilancia de la salud
Trabajador: ⟦PERSON|Baltasar Echeverri Lugo⟧
Puesto: operador de carretilla y puente grúa, nave 3
Resultado: APTO CON RESTRICCIONES
Restricciones: no conducción de carretillas ni trabajos en altura hasta nueva valoración.
Motivo (confidencial, solo para el trabajador): ⟦HEALTH_DATA|crisis epiléptica en marzo, en tratamiento con levetiracetam⟧.
Firmado: Dra. ⟦PERSON|Rocío Almagro⟧, medicina del trabajo""",
    },
    {
        "kind": "hr",
        "text": "Convocatoria FP Dual 2025-2026: 12 plazas para el ciclo de Técnico Superior en Laboratorio de Análisis y Control de Calidad. Alternancia centro educativo / empresa, beca mensual de 600 euros y posibilidad de contrato al terminar. Inscripción a través del instituto.",
    },
    {
        "kind": "hr",
        "text": """Resultado de la verificación previa (puesto con acceso a la zona de almacenamiento de explosivos, planta de propulsantes)
Candidato: ⟦PERSON|Jacobo Merino Saldaña⟧, DNI ⟦ES_NIF|55200781-E⟧
Certificado de antecedentes penales aportado: ⟦CRIMINAL_RECORD|constan antecedentes por un delito de hurto (2019), pena de multa, pendiente de cancelación⟧
Conclusión: no apto para el puesto con acceso a polvorín según la normativa de la Guardia Civil; se le puede ofrecer el puesto de almacén general.""",
    },
    {
        "kind": "hr",
        "text": """A la atención de RRHH / protocolo de acoso

Quiero dejar constancia de que, desde que en la cena de Navidad se supo que ⟦SEX_LIFE_ORIENTATION|soy gay⟧, dos compañeros del turno de noche en envasado hacen bromas constantes y han escrito cosas en mi taquilla. Tengo fotos. Pido que se active el protocolo y que no se me cambie de turno a mí.

⟦PERSON|Ezequiel Arráez Bustos⟧""",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: el personal investigador con contrato de proyecto puede teletrabajar hasta dos días por semana, salvo los días con reserva de equipos en el servicio de microscopía. El acuerdo individual debe firmarlo el IP y registrarse en la sede electrónica.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Laboratorio de genética clínica acreditado ISO 15189: estudios de portadores para parejas, paneles de cardiopatías hereditarias, exoma clínico y farmacogenética. Asesoramiento genético antes y después de la prueba. Resultados en 15 días laborables.",
    },
    {
        "kind": "marketing",
        "text": """«⟦HEALTH_DATA|Después del trasplante de riñón⟧ pensé que nunca volvería a correr. Gracias al estudio de rehabilitación del hospital he terminado mi primera media maratón.» - ⟦PERSON|Jenaro Villafañe⟧, 58 años, Valladolid""",
    },
    {
        "kind": "marketing",
        "text": "Visítanos en la feria aeroespacial de Madrid, pabellón 8, stand 8C12: costillas de ala en composite termoplástico, utillaje de curado fuera de autoclave y nuestro nuevo banco de ensayo de fatiga. Pide cita con el equipo de ingeniería.",
    },
    {
        "kind": "marketing",
        "text": """Nuestra gente: ⟦PERSON|Maite Urrutia Goikoetxea⟧, jefa de turno en la línea de pintura
Lleva 22 años en la planta y conoce cada robot por su nombre. Fuera del trabajo ⟦PERSON|Maite⟧ ⟦POLITICAL_OPINION|milita en el PSE-EE⟧ y organiza la carrera popular del barrio cada septiembre.""",
    },
    {
        "kind": "marketing",
        "text": "Buscamos voluntarios sanos entre 18 y 50 años para un ensayo de una vacuna frente al virus respiratorio sincitial. Cuatro visitas en seis meses, compensación económica por las molestias y seguimiento médico gratuito.",
    },
    {
        "kind": "marketing",
        "text": """Boletín del centro de alto rendimiento
Ya están abiertas las nuevas cámaras de hipoxia y la piscina de recuperación. Además, buenas noticias: la nadadora ⟦PERSON|Lucía Ferrándiz Moll⟧ vuelve a entrenar con el grupo tras ⟦HEALTH_DATA|la operación de hombro⟧ de enero, con el alta de los servicios médicos del centro.""",
    },
    {
        "kind": "marketing",
        "text": """FP Dual en primera persona: «Entré sin saber soldar y ahora certifico soldaduras TIG en tubería de acero inoxidable para la planta farmacéutica.» - ⟦PERSON|Yeray Cabrera Santana⟧, alumno de segundo curso. ¡Apúntate antes del 15 de junio!""",
    },
    {
        "kind": "marketing",
        "text": "Federación de Industria: el nuevo convenio general de la industria química recoge subidas salariales del 4 % este año y del 3 % el siguiente, la reducción de la jornada anual en 8 horas y mejoras en los permisos por cuidado de familiares. Consulta las tablas en tu sección sindical.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Qué es un biobanco y cómo funciona

Un biobanco es un establecimiento, público o privado, que acoge colecciones de muestras biológicas humanas para la investigación biomédica, organizadas como una unidad técnica con criterios de calidad, orden y destino. Las muestras se ceden a los proyectos de investigación previa evaluación por los comités científico y de ética del biobanco. Los donantes firman un consentimiento informado y pueden revocarlo en cualquier momento; la revocación afecta al uso futuro de las muestras, no a los resultados ya obtenidos. Las muestras se codifican para que los investigadores no conozcan la identidad del donante.""",
    },
]
