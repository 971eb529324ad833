// Names for sample customers, reps and products: diverse on purpose (accents, hyphens,
// apostrophes, short and long names), because search and duplicate checks must cope with
// the names a real floor hears.

export const FIRST_NAMES: readonly string[] = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen',
  'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Donald', 'Ashley',
  'Steven', 'Kimberly', 'Andrew', 'Emily', 'Joshua', 'Donna', 'Kevin', 'Michelle', 'Brian', 'Carol',
  'Tyrone', 'Latoya', 'DeShawn', 'Keisha', 'Jamal', 'Imani', 'Darnell', 'Aaliyah', 'Malik', 'Ebony',
  'José', 'María', 'Juan', 'Guadalupe', 'Luis', 'Sofía', 'Carlos', 'Valentina', 'Jesús', 'Camila',
  'Alejandro', 'Lucía', 'Diego', 'Ximena', 'Andrés', 'Mónica', 'Raúl', 'Inés', 'Héctor', 'Ramón',
  'Wei', 'Mei', 'Jun', 'Xiu', 'Hao', 'Ling', 'Yan', 'Zhen', 'Jian', 'Li',
  'Minh', 'Linh', 'Thanh', 'Huong', 'Tuan', 'Anh', 'Duc', 'Mai',
  'Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun', 'Eun-ji', 'Sung-min',
  'Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Kenji', 'Aiko',
  'Aarav', 'Priya', 'Rahul', 'Ananya', 'Vikram', 'Deepika', 'Arjun', 'Lakshmi', 'Sanjay', 'Kavya',
  'Mohammed', 'Fatima', 'Omar', 'Aisha', 'Ahmed', 'Layla', 'Yusuf', 'Noor', 'Hassan', 'Zainab',
  'Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Kwame', 'Abena', 'Tendai', 'Amara', 'Kofi', 'Nia',
  'Dmitri', 'Olga', 'Ivan', 'Natalia', 'Sergei', 'Anastasia', 'Piotr', 'Agnieszka', 'Łukasz', 'Zofia',
  'François', 'Amélie', 'Jürgen', 'Björn', 'Zoë', 'Søren', 'Siobhán', 'Seán', 'Niamh', 'Órla',
  'Giuseppe', 'Francesca', 'João', 'Beatriz', 'Gonçalo', 'Thiago', 'Ayşe', 'Mehmet', 'Elif', 'Kemal',
  'Noah', 'Olivia', 'Liam', 'Emma', 'Mateo', 'Ava', 'Elijah', 'Mia', 'Lucas', 'Harper',
  'Jo', 'Al', 'Bo', 'Ty', 'Ed', 'Mary-Kate', 'Anne-Marie', 'Jean-Luc', 'Kai', 'Eve',
];

export const LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis',
  'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams',
  'Washington', 'Jefferson', 'Banks', 'Freeman', 'Gaines', 'Mosley', 'Dorsey', 'Booker',
  'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres',
  'Flores', 'Rivera', 'Gómez', 'Díaz', 'Cruz', 'Morales', 'Ortiz', 'Gutiérrez', 'Chávez', 'Núñez',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou',
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng',
  'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho',
  'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Yamamoto',
  'Patel', 'Sharma', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Chatterjee', 'Desai',
  'Khan', 'Ali', 'Hussain', 'Rahman', 'Haddad', 'Nasser', 'Abdullah', 'Farouk', 'Mansour', 'Saleh',
  'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Nwosu', 'Mwangi', 'Okonkwo', 'Diallo', 'Banda', 'Abebe',
  'Ivanov', 'Petrov', 'Smirnova', 'Kowalski', 'Nowak', 'Wiśniewski', 'Dvořák', 'Novák', 'Horváth', 'Kovács',
  'Müller', 'Schröder', 'Weiß', 'Dubois', 'Lefèvre', 'Rossi', 'Russo', 'Esposito', 'Silva', 'Conceição',
  "O'Brien", "O'Connor", 'McDonald', 'MacLeod', 'Ó Súilleabháin', 'Murphy', 'Kelly', 'Byrne', 'Walsh', 'Ryan',
  'Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Johansson', 'Andersson', 'Nielsen', 'Løvås', 'Virtanen', 'Jónsdóttir',
  'Van der Berg', 'De la Cruz', 'St. James', 'Smith-Jones', 'García-López', 'Abu-Bakr', 'Da Silva', 'Ng', 'Ma', 'Xu',
];

/** Who answered: the reps of a small floor, stamped on calls, notes and commitments. */
export const REPS: readonly string[] = [
  'Dana Whitfield', 'Marcus Lee', 'Priya Raman', 'Tomás Ibarra', 'Keisha Grant', 'Evan Porter',
  'Lucía Ferrer', 'Jordan Blake', 'Mei Tanaka', 'Samir Haddad', 'Olivia Brooks', 'Andre Coleman',
  'Hannah Kowalski', 'Victor Nguyen', 'Grace Okafor', 'Ryan Schultz', 'Aisha Bello', 'Connor Walsh',
  'Sofia Marino', 'Derek Chung', 'Tanya Petrova', 'Luis Ortega', 'Nicole Adams', 'Ben Carter',
];

export const EMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'proton.me',
  'comcast.net', 'att.net', 'verizon.net', 'example.com', 'mail.com',
];

export const PRODUCTS: readonly string[] = [
  'SmartThermostat 3', 'AirPure 200 purifier', 'Trailblazer backpack', 'ProBlend blender', 'Nimbus router',
  'Pulse fitness band', 'Aria soundbar', 'Glide vacuum', 'Vista 55" TV', 'Echo Ridge tent', 'Summit rain jacket',
  'Brewmaster coffee maker', 'Orbit e-bike', 'Luma desk lamp', 'Cascade dishwasher', 'Terra hiking boots',
];
