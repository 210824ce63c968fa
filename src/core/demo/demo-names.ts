/** Names as families write them: accents, two surnames, particles, hyphens, mixed case. */
export const GIVEN_NAMES_FEMALE = ['María José', 'Guadalupe', 'Ana Sofía', 'Ximena', 'Lucía', 'Valeria', 'Itzel', 'Yesenia', 'Daniela', 'Fernanda', 'Rosa', 'Juana', 'Leticia', 'Araceli', 'Karla', 'Noemí', 'Abigail', 'Emily', 'Marisol', 'Zoé'];
export const GIVEN_NAMES_MALE = ['José Luis', 'Juan Carlos', 'Jesús', 'Miguel Ángel', 'Luis', 'Pedro', 'Efraín', 'Ramón', 'Tomás', 'Iván', 'Mateo', 'Santiago', 'Diego', 'Héctor', 'Óscar', 'Adrián', 'Brandon', 'Kevin', 'Julián', 'Emiliano'];
export const SURNAMES = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz',
  'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz',
  'Mendoza', 'Aguilar', 'Ortiz', 'Castillo', 'Chávez', 'Núñez', 'de la Cruz', 'del Río', 'Santiago', 'Xicoténcatl',
  'Ibáñez', 'Peña', 'Muñoz', 'Velázquez', 'Domínguez', 'Cortés', 'Juárez', 'López-Ortega', 'Mejía', 'Quispe',
];
